/**
 * Sentences the planner writes into itineraries (item names, warnings, notes), in the three
 * languages of the product. Placeholders are filled by `say`.
 */
import type { TravelMode } from './itinerary';
import { phraseBook, type Phrase } from '@/lib/i18n/phrase-book';
import type { Locale } from '@/lib/i18n/locale';

const PHRASES = {
  lunchNear: { en: 'Lunch near {place}', ko: '{place} 근처에서 점심', km: 'អាហារថ្ងៃត្រង់នៅជិត {place}' },
  dinnerNear: { en: 'Dinner near {place}', ko: '{place} 근처에서 저녁', km: 'អាហារពេលល្ងាចនៅជិត {place}' },
  travelTo: { en: 'To {place}', ko: '{place}(으)로 이동', km: 'ទៅ {place}' },
  backTo: { en: 'Back to {place}', ko: '{place}(으)로 복귀', km: 'ត្រឡប់ទៅ {place}' },
  flight: { en: 'Flight {from} → {to}', ko: '항공편 {from} → {to}', km: 'ជើងហោះហើរ {from} → {to}' },
  transferTo: { en: '{mode} to {place}', ko: '{place}까지 {mode}', km: '{mode} ទៅ {place}' },
  mode_airport_rail: { en: 'Airport train', ko: '공항철도', km: 'រថភ្លើងព្រលានយន្តហោះ' },
  mode_bus: { en: 'Bus', ko: '버스', km: 'ឡានក្រុង' },
  mode_taxi: { en: 'Taxi', ko: '택시', km: 'តាក់ស៊ី' },
  mode_tuktuk: { en: 'Tuk-tuk', ko: '툭툭', km: 'តុកតុក' },
  mode_ride_hail: { en: 'Ride-hailing car', ko: '호출 차량', km: 'រថយន្តកក់តាមកម្មវិធី' },
  mode_subway: { en: 'Subway', ko: '지하철', km: 'រថភ្លើងក្រោមដី' },
  mode_walk: { en: 'Walk', ko: '도보', km: 'ដើរ' },
  mode_rental_car: { en: 'Rental car', ko: '렌터카', km: 'រថយន្តជួល' },
  mode_bicycle: { en: 'Bicycle', ko: '자전거', km: 'កង់' },
  mode_flight: { en: 'Flight', ko: '항공편', km: 'ជើងហោះហើរ' },
  mode_ktx: { en: 'KTX train', ko: 'KTX', km: 'រថភ្លើង KTX' },
  mode_car: { en: 'Car with driver', ko: '전용 차량', km: 'រថយន្តជាមួយអ្នកបើកបរ' },
  mode_ferry: { en: 'Ferry', ko: '여객선', km: 'សាឡាង' },
  checkIn: {
    en: 'Be at the airport by {time} (check-in, security).',
    ko: '{time}까지 공항 도착(체크인, 보안 검색).',
    km: 'សូមមកដល់ព្រលានយន្តហោះមុនម៉ោង {time} (ចុះឈ្មោះ និងត្រួតពិនិត្យសន្តិសុខ)។',
  },
  arrivesNextDay: { en: 'Arrives the next day.', ko: '다음 날 도착.', km: 'មកដល់នៅថ្ងៃបន្ទាប់។' },
  freeTime: { en: 'Free time', ko: '자유 시간', km: 'ពេលទំនេរ' },
  onThePlane: { en: 'On the plane', ko: '기내', km: 'នៅលើយន្តហោះ' },
  nightNearHub: { en: 'Near {hub}', ko: '{hub} 인근', km: 'ជិត {hub}' },
  sunrise: { en: 'Here for sunrise ({time}).', ko: '일출 감상({time}).', km: 'មើលថ្ងៃរះ ({time})។' },
  sunset: { en: 'Here for sunset ({time}).', ko: '일몰 감상({time}).', km: 'មើលថ្ងៃលិច ({time})។' },
  booking: { en: 'Book ahead.', ko: '사전 예약 필요.', km: 'ត្រូវកក់ទុកជាមុន។' },
  approximateLocation: { en: 'Map position approximate: check the address before you go.', ko: '지도 위치는 대략적입니다. 출발 전에 주소를 확인하세요.', km: 'ទីតាំងលើផែនទីប្រហាក់ប្រហែល៖ សូមពិនិត្យអាសយដ្ឋានមុនចេញដំណើរ។' },
  mustSeeClosed: {
    en: '{place} is closed on every day you spend in {destination}, so it is not in the plan.',
    ko: '{destination}에 머무는 모든 날 {place}이(가) 휴무라 일정에 넣지 못했습니다.',
    km: '{place} បិទនៅគ្រប់ថ្ងៃដែលអ្នកស្នាក់នៅ {destination} ដូច្នេះមិនអាចដាក់ក្នុងផែនការបានទេ។',
  },
  mustSeeNoTime: {
    en: 'There is no time left for {place} in {destination}; add a day there or drop another stop.',
    ko: '{destination} 일정에 {place}을(를) 넣을 시간이 없습니다. 하루를 더하거나 다른 장소를 빼 보세요.',
    km: 'គ្មានពេលសម្រាប់ {place} នៅ {destination} ទេ។ សូមបន្ថែមមួយថ្ងៃ ឬដកកន្លែងផ្សេងចេញ។',
  },
  mustSeeElsewhere: {
    en: '{place} is in {destination}, which is not part of this trip.',
    ko: '{place}은(는) 이번 여행에 없는 {destination}에 있습니다.',
    km: '{place} ស្ថិតនៅ {destination} ដែលមិនមែនជាផ្នែកនៃដំណើរនេះទេ។',
  },
  droppedDestination: {
    en: 'Not enough days for {destination}: it was left out. Add days to include it.',
    ko: '일정이 짧아 {destination}은(는) 제외했습니다. 포함하려면 날짜를 늘리세요.',
    km: 'ថ្ងៃមិនគ្រប់គ្រាន់សម្រាប់ {destination} ទេ ដូច្នេះត្រូវបានដកចេញ។ សូមបន្ថែមថ្ងៃ ដើម្បីរួមបញ្ចូល។',
  },
  closedOnDay: {
    en: '{place} is closed on {date} (day {day}).',
    ko: '{place}은(는) {date}(여행 {day}일째)에 휴무입니다.',
    km: '{place} បិទនៅថ្ងៃ {date} (ថ្ងៃទី {day})។',
  },
  changeStay: {
    en: 'Day {day}: check out of {from} and move to {to} for the night; it is closer to the places of the days that follow.',
    ko: '{day}일째: {from}에서 체크아웃하고 {to}(으)로 숙소를 옮깁니다. 이후 일정의 장소들과 더 가깝습니다.',
    km: 'ថ្ងៃទី {day}៖ ចាកចេញពី {from} ហើយប្ដូរទៅស្នាក់នៅ {to} ដែលនៅជិតកន្លែងនានាក្នុងថ្ងៃបន្ទាប់។',
  },
  overnightConnection: {
    en: 'No onward connection the same night at {hub}: the night of {date} is spent near the airport (counted in accommodation).',
    ko: '{hub}에서 당일 연결편이 없어 {date} 밤은 공항 인근에서 묵습니다(숙박비에 포함).',
    km: 'គ្មានជើងហោះហើរបន្តនៅយប់តែមួយនៅ {hub} ទេ៖ យប់ថ្ងៃ {date} ស្នាក់នៅជិតព្រលានយន្តហោះ (បានគិតក្នុងថ្លៃស្នាក់នៅ)។',
  },
  holiday: {
    en: 'Public holiday on {date}: {name}. Some places close or are crowded.',
    ko: '{date} 공휴일({name}): 일부 장소가 휴무이거나 혼잡할 수 있습니다.',
    km: 'ថ្ងៃឈប់សម្រាកសាធារណៈ {date}: {name}។ កន្លែងខ្លះបិទ ឬមានមនុស្សច្រើន។',
  },
  timeDifference: {
    en: 'Cambodia (UTC+7) is 2 hours behind Korea (UTC+9); all times are local.',
    ko: '캄보디아(UTC+7)는 한국(UTC+9)보다 2시간 느립니다. 모든 시간은 현지 시각입니다.',
    km: 'កម្ពុជា (UTC+7) យឺតជាងកូរ៉េ (UTC+9) ២ ម៉ោង។ ម៉ោងទាំងអស់ជាម៉ោងក្នុងស្រុក។',
  },
  entryKhForKorean: {
    en: 'Entry to Cambodia: Korean passport holders need a visa — an e-visa (apply online before you go) or a visa on arrival (tourist visa, US$30). Passport valid for 6 months; fill in the Cambodia e-Arrival card before landing.',
    ko: '캄보디아 입국: 한국 여권 소지자는 비자가 필요합니다. 출국 전 전자비자(e-visa)를 신청하거나 도착비자(관광, 미화 30달러)를 받으세요. 여권 유효기간 6개월 이상, 도착 전 캄보디아 전자입국신고서(e-Arrival) 작성.',
    km: 'ការចូលកម្ពុជា៖ អ្នកកាន់លិខិតឆ្លងដែនកូរ៉េត្រូវការទិដ្ឋាការ — ទិដ្ឋាការអេឡិចត្រូនិក (ដាក់ពាក្យតាមអនឡាញមុនចេញដំណើរ) ឬទិដ្ឋាការពេលមកដល់ (ទេសចរណ៍ ៣០ ដុល្លារ)។ លិខិតឆ្លងដែនត្រូវមានសុពលភាព ៦ ខែ ហើយបំពេញប័ណ្ណ e-Arrival មុនពេលចុះចត។',
  },
  entryKrForCambodian: {
    en: 'Entry to Korea: Cambodian passport holders need a Korean visa (short-term tourist visa, C-3) before travelling — apply through the Korean embassy in Phnom Penh or its visa application centre, weeks ahead. Passport valid for 6 months; K-ETA does not apply.',
    ko: '한국 입국: 캄보디아 여권 소지자는 출국 전에 한국 비자(단기방문 C-3)가 필요합니다. 주캄보디아 대한민국 대사관 또는 비자신청센터에 몇 주 전에 신청하세요. 여권 유효기간 6개월 이상, K-ETA 대상이 아닙니다.',
    km: 'ការចូលកូរ៉េ៖ អ្នកកាន់លិខិតឆ្លងដែនកម្ពុជាត្រូវមានទិដ្ឋាការកូរ៉េ (ទិដ្ឋាការទេសចរណ៍រយៈពេលខ្លី C-3) មុនចេញដំណើរ — ដាក់ពាក្យនៅស្ថានទូតកូរ៉េប្រចាំភ្នំពេញ ឬមជ្ឈមណ្ឌលទិដ្ឋាការ ច្រើនសប្តាហ៍មុន។ លិខិតឆ្លងដែនត្រូវមានសុពលភាព ៦ ខែ ហើយ K-ETA មិនអនុវត្តទេ។',
  },
  cost_flights: { en: 'Flights', ko: '항공', km: 'ជើងហោះហើរ' },
  cost_intercity: { en: 'Between cities', ko: '도시 간 이동', km: 'ការធ្វើដំណើររវាងទីក្រុង' },
  cost_transfers: { en: 'Airport and station transfers', ko: '공항·역 이동', km: 'ការផ្ទេរព្រលានយន្តហោះ និងស្ថានីយ' },
  cost_local_transport: { en: 'Local transport', ko: '현지 교통', km: 'ការធ្វើដំណើរក្នុងតំបន់' },
  cost_entrance_fees: { en: 'Entrance fees', ko: '입장료', km: 'ថ្លៃចូលទស្សនា' },
  cost_stays: { en: 'Accommodation', ko: '숙박', km: 'ការស្នាក់នៅ' },
  cost_meals: { en: 'Meals', ko: '식사', km: 'អាហារ' },
  tripTitle: { en: '{destinations} · {days} days', ko: '{destinations} · {days}일', km: '{destinations} · {days} ថ្ងៃ' },
} satisfies Record<string, Phrase>;

export type PhraseKey = keyof typeof PHRASES;

/** The name of a travel mode in `locale` (walk, subway, tuktuk, flight, ktx…). */
export function modeName(locale: Locale, mode: TravelMode): string {
  return PHRASES[`mode_${mode}`][locale];
}

/** The phrase in `locale` with `{name}` placeholders filled in. */
export const say = phraseBook<PhraseKey>(PHRASES);
