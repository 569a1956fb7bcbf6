import { geoMercator, type GeoProjection } from "d3-geo";

// Fits a Mercator projection to the incidents shown, so the points fill the map
// whatever their spread; the outlines drawn around them are then cut by the frame.

export type LonLat = readonly [longitude: number, latitude: number];
/** [[west, south], [east, north]] in degrees. */
export type Bounds = readonly [LonLat, LonLat];
export type MapFrame = { width: number; height: number; padding: number };

// One incident, or a few a street apart, would otherwise zoom in to a few metres:
// keep at least this many degrees (about 110 km) around them.
export const MIN_SPAN_DEGREES = 1;

/** The bounds of the points, widened to the minimum span; the fallback when there are none. */
export function boundsOf(points: readonly LonLat[], fallback: Bounds): Bounds {
  if (points.length === 0) return fallback;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const widen = (min: number, max: number, limit: number): [number, number] => {
    const grow = Math.max(0, MIN_SPAN_DEGREES - (max - min)) / 2;
    return [Math.max(-limit, min - grow), Math.min(limit, max + grow)];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  return [
    [west, south],
    [east, north],
  ];
}

export function fitProjection(bounds: Bounds, frame: MapFrame): GeoProjection {
  const [[west, south], [east, north]] = bounds;
  const { width, height, padding } = frame;
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    {
      type: "MultiPoint",
      coordinates: [
        [west, south],
        [east, north],
        [west, north],
        [east, south],
      ],
    },
  );
}
