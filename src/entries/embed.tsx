// Client entry: replaced by the area's real entry.
export {};
