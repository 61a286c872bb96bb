/** Bounds of a zone's radius (issue 11), shared by the browser-safe signup schema and the content schema. */
export const RADIUS_KM = { min: 1, max: 100 } as const;
export const RADIUS_MESSAGE = `Rayon : nombre entier de kilomètres, entre ${RADIUS_KM.min} et ${RADIUS_KM.max}.`;
