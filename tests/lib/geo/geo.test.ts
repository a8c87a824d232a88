import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETOUR_FACTOR, haversineKm, roadKm } from '@/lib/geo/distance';
import { sunTimes } from '@/lib/geo/sun';

const point = fc.record({ lat: fc.double({ min: -80, max: 80, noNaN: true }), lon: fc.double({ min: -179, max: 179, noNaN: true }) });

describe('distance', () => {
  it('matches known distances (Seoul Station → Incheon Airport ≈ 48 km, Phnom Penh → Siem Reap ≈ 230 km)', () => {
    expect(haversineKm({ lat: 37.5547, lon: 126.9707 }, { lat: 37.4633, lon: 126.44 })).toBeCloseTo(47.7, 0);
    expect(haversineKm({ lat: 11.5564, lon: 104.9282 }, { lat: 13.3633, lon: 103.8564 })).toBeGreaterThan(225);
    expect(haversineKm({ lat: 11.5564, lon: 104.9282 }, { lat: 13.3633, lon: 103.8564 })).toBeLessThan(240);
  });

  it('is a metric: symmetric, zero on itself, triangle inequality (property)', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(haversineKm(a, a)).toBeCloseTo(0, 9);
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-6);
      }),
    );
  });

  it('road distance is the crow-flies distance times the detour factor', () => {
    const a = { lat: 37.57, lon: 126.98 };
    const b = { lat: 37.58, lon: 126.99 };
    expect(roadKm(a, b)).toBeCloseTo(haversineKm(a, b) * DETOUR_FACTOR, 9);
  });
});

describe('sun times', () => {
  it('gives sunrise over Angkor Wat around 06:20 in late December and sunset around 17:45', () => {
    const { sunrise, sunset } = sunTimes('2026-12-21', { lat: 13.4125, lon: 103.867 }, 'Asia/Phnom_Penh');
    expect(sunrise).toBeGreaterThan(6 * 60 + 10);
    expect(sunrise).toBeLessThan(6 * 60 + 30);
    expect(sunset).toBeGreaterThan(17 * 60 + 35);
    expect(sunset).toBeLessThan(17 * 60 + 55);
  });

  it('has much longer June days in Jeju than December days', () => {
    const seongsan = { lat: 33.458, lon: 126.942 };
    const june = sunTimes('2026-06-21', seongsan, 'Asia/Seoul');
    const december = sunTimes('2026-12-21', seongsan, 'Asia/Seoul');
    expect(june.sunset - june.sunrise).toBeGreaterThan(december.sunset - december.sunrise + 4 * 60);
  });
});
