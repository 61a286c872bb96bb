/**
 * Communes of the demo network with their centres, set by hand (rounded to about 100 m).
 * Codes are INSEE codes checked against @etalab/decoupage-administratif by the tests.
 */
export interface DemoCommune {
  code: string;
  latitude: number;
  longitude: number;
}

// prettier-ignore
export const DEMO_COMMUNES: DemoCommune[] = [
  // Nord (59)
  { code: '59350', latitude: 50.6311, longitude: 3.0468 }, // Lille
  { code: '59512', latitude: 50.6942, longitude: 3.1746 }, // Roubaix
  { code: '59599', latitude: 50.7239, longitude: 3.1612 }, // Tourcoing
  { code: '59009', latitude: 50.6233, longitude: 3.145 }, // Villeneuve-d'Ascq
  { code: '59183', latitude: 51.0343, longitude: 2.3768 }, // Dunkerque
  { code: '59606', latitude: 50.357, longitude: 3.5235 }, // Valenciennes
  { code: '59178', latitude: 50.3714, longitude: 3.08 }, // Douai
  { code: '59122', latitude: 50.176, longitude: 3.2356 }, // Cambrai
  { code: '59392', latitude: 50.2775, longitude: 3.9734 }, // Maubeuge
  { code: '59017', latitude: 50.6881, longitude: 2.88 }, // Armentières
  { code: '59295', latitude: 50.7247, longitude: 2.5392 }, // Hazebrouck
  { code: '59650', latitude: 50.7014, longitude: 3.217 }, // Wattrelos
  { code: '59378', latitude: 50.6711, longitude: 3.0972 }, // Marcq-en-Barœul
  { code: '59328', latitude: 50.65, longitude: 3.025 }, // Lambersart
  { code: '59172', latitude: 50.3294, longitude: 3.3958 }, // Denain
  { code: '59560', latitude: 50.5486, longitude: 3.0297 }, // Seclin
  { code: '59036', latitude: 50.1231, longitude: 3.9275 }, // Avesnes-sur-Helpe
  { code: '59139', latitude: 50.125, longitude: 3.4119 }, // Caudry
  { code: '59249', latitude: 50.0153, longitude: 4.0539 }, // Fourmies
  { code: '59043', latitude: 50.7389, longitude: 2.735 }, // Bailleul
  { code: '59273', latitude: 50.9869, longitude: 2.1281 }, // Gravelines
  { code: '59136', latitude: 50.1039, longitude: 3.5436 }, // Le Cateau-Cambrésis
  // Pas-de-Calais (62)
  { code: '62041', latitude: 50.291, longitude: 2.7775 }, // Arras
  { code: '62193', latitude: 50.9513, longitude: 1.8587 }, // Calais
  { code: '62160', latitude: 50.7264, longitude: 1.6147 }, // Boulogne-sur-Mer
  { code: '62498', latitude: 50.432, longitude: 2.8333 }, // Lens
  { code: '62510', latitude: 50.4228, longitude: 2.7786 }, // Liévin
  { code: '62119', latitude: 50.5303, longitude: 2.6408 }, // Béthune
  { code: '62765', latitude: 50.75, longitude: 2.252 }, // Saint-Omer
  { code: '62427', latitude: 50.4214, longitude: 2.9508 }, // Hénin-Beaumont
  { code: '62178', latitude: 50.4828, longitude: 2.5497 }, // Bruay-la-Buissière
  { code: '62108', latitude: 50.4078, longitude: 1.5928 }, // Berck
  { code: '62588', latitude: 50.4639, longitude: 1.7636 }, // Montreuil-sur-Mer
  { code: '62318', latitude: 50.5136, longitude: 1.6394 }, // Étaples
  { code: '62767', latitude: 50.3811, longitude: 2.3347 }, // Saint-Pol-sur-Ternoise
  { code: '62215', latitude: 50.4939, longitude: 2.958 }, // Carvin
  { code: '62643', latitude: 50.705, longitude: 1.5936 }, // Outreau
  { code: '62080', latitude: 50.1036, longitude: 2.8497 }, // Bapaume
  { code: '62014', latitude: 50.6386, longitude: 2.3964 }, // Aire-sur-la-Lys
  // Somme (80)
  { code: '80021', latitude: 49.8941, longitude: 2.2958 }, // Amiens
  { code: '80001', latitude: 50.1054, longitude: 1.834 }, // Abbeville
  { code: '80016', latitude: 50.0028, longitude: 2.6522 }, // Albert
  { code: '80620', latitude: 49.9322, longitude: 2.9364 }, // Péronne
  { code: '80561', latitude: 49.6483, longitude: 2.5703 }, // Montdidier
  { code: '80253', latitude: 50.1572, longitude: 2.3403 }, // Doullens
  { code: '80410', latitude: 49.7469, longitude: 3.0733 }, // Ham
  { code: '80212', latitude: 49.9086, longitude: 2.5086 }, // Corbie
  { code: '80368', latitude: 50.0847, longitude: 1.5467 }, // Friville-Escarbotin
  { code: '80688', latitude: 50.2711, longitude: 1.6703 }, // Rue
  // Aisne (02)
  { code: '02408', latitude: 49.5639, longitude: 3.6244 }, // Laon
  { code: '02691', latitude: 49.8465, longitude: 3.2876 }, // Saint-Quentin
  { code: '02722', latitude: 49.3817, longitude: 3.3236 }, // Soissons
  { code: '02168', latitude: 49.0464, longitude: 3.4031 }, // Château-Thierry
  { code: '02173', latitude: 49.6156, longitude: 3.2192 }, // Chauny
  { code: '02381', latitude: 49.9217, longitude: 4.0839 }, // Hirson
  { code: '02738', latitude: 49.6564, longitude: 3.3006 }, // Tergnier
  { code: '02361', latitude: 49.9006, longitude: 3.6278 }, // Guise
  { code: '02810', latitude: 49.2533, longitude: 3.0903 }, // Villers-Cotterêts
  { code: '02789', latitude: 49.835, longitude: 3.9069 }, // Vervins
  // Oise (60)
  { code: '60057', latitude: 49.43, longitude: 2.081 }, // Beauvais
  { code: '60159', latitude: 49.4179, longitude: 2.8261 }, // Compiègne
  { code: '60175', latitude: 49.26, longitude: 2.475 }, // Creil
  { code: '60612', latitude: 49.2072, longitude: 2.5867 }, // Senlis
  { code: '60471', latitude: 49.5817, longitude: 2.9997 }, // Noyon
  { code: '60157', latitude: 49.3792, longitude: 2.4125 }, // Clermont
  { code: '60395', latitude: 49.2364, longitude: 2.1339 }, // Méru
  { code: '60141', latitude: 49.1944, longitude: 2.4711 }, // Chantilly
  { code: '60463', latitude: 49.2717, longitude: 2.4683 }, // Nogent-sur-Oise
  { code: '60176', latitude: 49.2342, longitude: 2.8897 }, // Crépy-en-Valois
  { code: '60509', latitude: 49.3017, longitude: 2.6047 }, // Pont-Sainte-Maxence
  { code: '60286', latitude: 49.6653, longitude: 1.9419 }, // Grandvilliers
  { code: '60104', latitude: 49.6333, longitude: 2.2953 }, // Breteuil
];
