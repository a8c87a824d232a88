/**
 * Words the exports print around the itinerary's own (already localised) text, in the three
 * languages of the product, plus the practical facts (emergency numbers) the PDF lists.
 */
import type { CountryCode } from '@/lib/data/schema';
import type { ItemType } from '@/lib/planner/itinerary';
import { phraseBook, type Phrase } from '@/lib/i18n/phrase-book';
import type { Locale } from '@/lib/i18n/locale';

const LABELS = {
  day: { en: 'Day {n}', ko: '{n}일차', km: 'ថ្ងៃទី {n}' },
  continued: { en: '(continued)', ko: '(계속)', km: '(ត)' },
  days: { en: '{n} days', ko: '{n}일', km: '{n} ថ្ងៃ' },
  travellers: { en: '{adults} adults, {children} children', ko: '성인 {adults}명, 어린이 {children}명', km: 'មនុស្សពេញវ័យ {adults} នាក់ កុមារ {children} នាក់' },
  places: { en: 'Places', ko: '방문지', km: 'ទីកន្លែង' },
  distance: { en: 'Ground travel', ko: '지상 이동 거리', km: 'ចម្ងាយធ្វើដំណើរលើដី' },
  flown: { en: 'Flying', ko: '비행 거리', km: 'ចម្ងាយហោះហើរ' },
  pace_relaxed: { en: 'Relaxed', ko: '여유롭게', km: 'សម្រាកលំហែ' },
  pace_balanced: { en: 'Balanced', ko: '적당히', km: 'មធ្យម' },
  pace_packed: { en: 'Packed', ko: '알차게', km: 'ពេញលេញ' },
  budget_budget: { en: 'Budget', ko: '절약형', km: 'សន្សំសំចៃ' },
  budget_mid: { en: 'Mid-range', ko: '중간', km: 'មធ្យម' },
  budget_luxury: { en: 'Luxury', ko: '고급', km: 'ប្រណីត' },
  dates: { en: 'Dates', ko: '날짜', km: 'កាលបរិច្ឆេទ' },
  who: { en: 'Travellers', ko: '여행자', km: 'អ្នកដំណើរ' },
  pace: { en: 'Pace', ko: '일정 강도', km: 'ល្បឿន' },
  budget: { en: 'Budget', ko: '예산', km: 'ថវិកា' },
  night: { en: 'Night', ko: '숙박', km: 'ស្នាក់នៅ' },
  schedule: { en: 'Schedule (local time)', ko: '일정 (현지 시각)', km: 'កាលវិភាគ (ម៉ោងក្នុងស្រុក)' },
  routeSketch: { en: 'Route of the day', ko: '오늘의 경로', km: 'ផ្លូវប្រចាំថ្ងៃ' },
  costs: { en: 'Costs', ko: '비용', km: 'ថ្លៃចំណាយ' },
  total: { en: 'Total', ko: '합계', km: 'សរុប' },
  ratesAsOf: { en: 'Estimates for the whole party; exchange rates as of {date}.', ko: '일행 전체 기준 예상 금액, 환율 기준일 {date}.', km: 'ការប៉ាន់ស្មានសម្រាប់ក្រុមទាំងមូល អត្រាប្តូរប្រាក់គិតត្រឹម {date}។' },
  practical: { en: 'Practical information', ko: '여행 정보', km: 'ព័ត៌មានជាក់ស្តែង' },
  entry: { en: 'Entry rules', ko: '입국 규정', km: 'លក្ខខណ្ឌចូលប្រទេស' },
  seasons: { en: 'Season and weather', ko: '계절과 날씨', km: 'រដូវ និងអាកាសធាតុ' },
  notes: { en: 'Notes', ko: '참고', km: 'កំណត់សម្គាល់' },
  emergency: { en: 'Emergency numbers', ko: '긴급 전화번호', km: 'លេខទូរស័ព្ទសង្គ្រោះបន្ទាន់' },
  timeDifference: { en: 'Time difference', ko: '시차', km: 'ភាពខុសគ្នានៃម៉ោង' },
  timeDifferenceText: {
    en: 'Korea is UTC+9 and Cambodia UTC+7 all year (no daylight saving): Cambodia is 2 hours behind Korea. All times in this plan are local.',
    ko: '한국은 UTC+9, 캄보디아는 UTC+7이며 서머타임이 없습니다. 캄보디아가 한국보다 2시간 느립니다. 이 일정의 모든 시각은 현지 시각입니다.',
    km: 'កូរ៉េ UTC+9 និងកម្ពុជា UTC+7 ពេញមួយឆ្នាំ (គ្មានម៉ោងរដូវក្តៅ)៖ កម្ពុជាយឺតជាងកូរ៉េ ២ ម៉ោង។ ម៉ោងទាំងអស់ក្នុងផែនការនេះជាម៉ោងក្នុងស្រុក។',
  },
  korea: { en: 'South Korea', ko: '대한민국', km: 'កូរ៉េខាងត្បូង' },
  cambodia: { en: 'Cambodia', ko: '캄보디아', km: 'កម្ពុជា' },
  police: { en: 'Police', ko: '경찰', km: 'នគរបាល' },
  fireAmbulance: { en: 'Fire and ambulance', ko: '화재·구급', km: 'អគ្គិភ័យ និងរថយន្តសង្គ្រោះ' },
  touristHotline: { en: 'Travel hotline (interpreting, 24 h)', ko: '관광 안내 전화(통역, 24시간)', km: 'ខ្សែទូរស័ព្ទទេសចរណ៍ (បកប្រែ ២៤ ម៉ោង)' },
  ambulance: { en: 'Ambulance', ko: '구급차', km: 'រថយន្តសង្គ្រោះបន្ទាន់' },
  fire: { en: 'Fire', ko: '화재', km: 'អគ្គិភ័យ' },
  preparedBy: { en: 'Prepared by {name}', ko: '{name} 작성', km: 'រៀបចំដោយ {name}' },
  page: { en: 'Page {n} of {total}', ko: '{n} / {total}쪽', km: 'ទំព័រ {n} នៃ {total}' },
  places_waypoints: { en: 'Places', ko: '방문지', km: 'ទីកន្លែង' },
  stays_waypoints: { en: 'Stays', ko: '숙소', km: 'កន្លែងស្នាក់នៅ' },
  routes: { en: 'Routes', ko: '경로', km: 'ផ្លូវ' },
  type_flight: { en: 'Flight', ko: '항공', km: 'ជើងហោះហើរ' },
  type_transfer: { en: 'Transfer', ko: '이동(공항·역)', km: 'ការផ្ទេរ' },
  type_visit: { en: 'Visit', ko: '방문', km: 'ទស្សនា' },
  type_meal: { en: 'Meal', ko: '식사', km: 'អាហារ' },
  type_travel: { en: 'Travel', ko: '이동', km: 'ធ្វើដំណើរ' },
  type_free: { en: 'Free time', ko: '자유 시간', km: 'ពេលទំនេរ' },
} satisfies Record<string, Phrase>;

export type LabelKey = keyof typeof LABELS;

/** The label in `locale`, with `{name}` placeholders filled. */
export const label = phraseBook<LabelKey>(LABELS);

/** The label of an item type. */
export function typeLabel(locale: Locale, type: ItemType): string {
  return label(locale, `type_${type}`);
}

/**
 * Emergency numbers. Korea: 112 police, 119 fire and ambulance, 1330 Korea Travel Hotline (KTO).
 * Cambodia: 117 police, 119 ambulance, 118 fire (Phnom Penh also lists 666 for fire).
 */
export const EMERGENCY_NUMBERS: Record<CountryCode, readonly { label: LabelKey; number: string }[]> = {
  KR: [
    { label: 'police', number: '112' },
    { label: 'fireAmbulance', number: '119' },
    { label: 'touristHotline', number: '1330' },
  ],
  KH: [
    { label: 'police', number: '117' },
    { label: 'ambulance', number: '119' },
    { label: 'fire', number: '118' },
  ],
};
