export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  /** True when `total` is a floor: the exact count was not taken because it would be slow. */
  totalIsLowerBound: boolean;
}
