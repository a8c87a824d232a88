/**
 * Public-holiday names in English, Korean and Khmer. date-holidays names Korea's holidays in
 * English and Korean only, so the Khmer names of those live here (keyed by date-holidays' English
 * name); Cambodia's holidays come from kh-holidays.ts and are named here in all three languages.
 * Khmer names are the short forms used in the government's holiday lists.
 */
import type { LocalizedText } from '@/lib/data/schema';

/** Cambodian public holidays, by the id kh-holidays.ts uses. */
export const KH_HOLIDAY_NAMES = {
  'new-year': { en: 'International New Year Day', ko: '신정(양력 새해)', km: 'ទិវាចូលឆ្នាំសកល' },
  'victory-day': { en: 'Victory over Genocide Day', ko: '대학살 정권 종식 승리의 날', km: 'ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍' },
  'womens-day': { en: "International Women's Day", ko: '세계 여성의 날', km: 'ទិវានារីអន្តរជាតិ' },
  'khmer-new-year': { en: 'Khmer New Year', ko: '캄보디아 설날(쫄 츠남 트메이)', km: 'ពិធីបុណ្យចូលឆ្នាំថ្មី ប្រពៃណីជាតិ' },
  'labour-day': { en: 'International Labour Day', ko: '세계 노동절', km: 'ទិវាពលកម្មអន្តរជាតិ' },
  'visak-bochea': { en: 'Visak Bochea Day', ko: '위삭 보체아(부처님 오신 날)', km: 'ពិធីបុណ្យវិសាខបូជា' },
  'royal-ploughing': { en: 'Royal Ploughing Ceremony', ko: '왕실 쟁기질 의식', km: 'ព្រះរាជពិធីច្រត់ព្រះនង្គ័ល' },
  'king-birthday': { en: "King Norodom Sihamoni's Birthday", ko: '노로돔 시하모니 국왕 탄신일', km: 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម ព្រះមហាក្សត្រ នរោត្តម សីហមុនី' },
  'queen-mother-birthday': { en: "Queen Mother Norodom Monineath Sihanouk's Birthday", ko: '노로돔 모니니앗 시아누크 왕대비 탄신일', km: 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម សម្ដេចព្រះមហាក្សត្រី នរោត្តម មុនិនាថ សីហនុ' },
  'constitution-day': { en: 'Constitution Day', ko: '헌법의 날', km: 'ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ' },
  'pchum-ben': { en: 'Pchum Ben', ko: '프춤번(조상의 날)', km: 'ពិធីបុណ្យភ្ជុំបិណ្ឌ' },
  'king-father-commemoration': { en: 'Commemoration Day of King Father Norodom Sihanouk', ko: '노로돔 시아누크 선왕 추모일', km: 'ទិវាប្រារព្ធពិធីគោរពព្រះវិញ្ញាណក្ខន្ធ ព្រះបរមរតនកោដ្ឋ នរោត្តម សីហនុ' },
  'coronation-day': { en: "King Norodom Sihamoni's Coronation Day", ko: '노로돔 시하모니 국왕 즉위 기념일', km: 'ព្រះរាជពិធីគ្រងព្រះបរមរាជសម្បត្តិ ព្រះមហាក្សត្រ នរោត្តម សីហមុនី' },
  'independence-day': { en: 'Independence Day', ko: '독립기념일', km: 'ពិធីបុណ្យឯករាជ្យជាតិ' },
  'water-festival': { en: 'Water Festival', ko: '물 축제(본 옴 뚝)', km: 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្ដែតប្រទីប និងសំពះព្រះខែ អកអំបុក' },
  'peace-day': { en: 'Peace Day', ko: '평화의 날', km: 'ទិវាសន្តិភាពនៅកម្ពុជា' },
} as const satisfies Record<string, LocalizedText>;

export type KhHolidayId = keyof typeof KH_HOLIDAY_NAMES;

/** Khmer names of Korea's public holidays, keyed by date-holidays' English name. */
export const KR_HOLIDAY_KHMER_NAMES: Readonly<Record<string, string>> = {
  "New Year's Day": 'ទិវាចូលឆ្នាំសកល',
  'Korean New Year': 'បុណ្យចូលឆ្នាំតាមច័ន្ទគតិកូរ៉េ (សុល្លាល់)',
  'Independence Movement Day': 'ទិវាចលនាទាមទារឯករាជ្យ',
  "Children's Day": 'ទិវាកុមារ',
  "Buddha's Birthday": 'ថ្ងៃប្រសូតព្រះពុទ្ធ',
  'Memorial Day': 'ទិវារំលឹកវីរជន',
  'Constitution Day': 'ទិវារដ្ឋធម្មនុញ្ញ',
  'Liberation Day': 'ទិវារំដោះជាតិ',
  'Korean Thanksgiving': 'បុណ្យឈូសុក (បុណ្យប្រមូលផលកូរ៉េ)',
  'National Foundation Day': 'ទិវាបង្កើតជាតិ',
  'Hangul Day': 'ទិវាអក្សរហាន់គុល',
  'Christmas Day': 'បុណ្យណូអែល',
};

/** date-holidays marks a substitute day by appending this to the English name. */
const SUBSTITUTE_EN = ' (substitute day)';

/** The Khmer name of a Korean holiday from its date-holidays English name; undefined if unknown. */
export function khmerNameOfKoreanHoliday(englishName: string): string | undefined {
  const substitute = englishName.endsWith(SUBSTITUTE_EN);
  const base = KR_HOLIDAY_KHMER_NAMES[substitute ? englishName.slice(0, -SUBSTITUTE_EN.length) : englishName];
  return base && (substitute ? `${base} (ថ្ងៃឈប់សម្រាកជំនួស)` : base);
}

/** The name of day `n` of a multi-day holiday. */
export function nthDayOf(name: LocalizedText, n: number): LocalizedText {
  return { en: `${name.en} (day ${n})`, ko: `${name.ko} (${n}일째)`, km: `${name.km} (ថ្ងៃទី${n})` };
}
