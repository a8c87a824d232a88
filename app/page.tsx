import { APP_NAME } from '@/lib/config/app-info';

export default function HomePage() {
  return (
    <main className="hero">
      <p className="hero__eyebrow">Seoul · Gyeongju · Jeju ⇄ Siem Reap · Phnom Penh</p>
      <h1 className="hero__title">{APP_NAME}</h1>
      <p className="hero__pitch">
        Day-by-day trips between South Korea and Cambodia, planned around real opening hours, travel times and time zones.
      </p>
    </main>
  );
}
