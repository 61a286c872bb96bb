/** Common French first names and initials for fictional demo profiles (no family names). */
// prettier-ignore
export const FEMININE_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Emma', 'Jade', 'Louise', 'Lina', 'Zoé', 'Clara', 'Anaïs', 'Julie', 'Marine',
  'Pauline', 'Mélanie', 'Aurélie', 'Céline', 'Sandrine', 'Nathalie', 'Isabelle', 'Sophie', 'Valérie', 'Karine', 'Laetitia', 'Émilie',
  'Fatima', 'Samia', 'Nadia', 'Yasmine', 'Amandine', 'Élodie', 'Océane', 'Margaux', 'Justine', 'Coralie', 'Morgane', 'Audrey', 'Gaëlle',
  'Hélène', 'Martine', 'Brigitte', 'Sylvie', 'Christine', 'Agnès', 'Maëlle', 'Noémie', 'Salomé', 'Romane', 'Aïcha', 'Mariam', 'Awa',
];
// prettier-ignore
export const MASCULINE_NAMES = [
  'Lucas', 'Hugo', 'Thomas', 'Nathan', 'Théo', 'Louis', 'Enzo', 'Maxime', 'Antoine', 'Quentin', 'Kevin', 'Julien', 'Nicolas', 'Romain',
  'Alexandre', 'Sébastien', 'Mickaël', 'Jérôme', 'Christophe', 'Frédéric', 'Stéphane', 'Olivier', 'Laurent', 'Philippe', 'Patrick',
  'Yanis', 'Rayan', 'Mehdi', 'Karim', 'Samir', 'Bilal', 'Adam', 'Ismaël', 'Mamadou', 'Moussa', 'Jordan', 'Dylan', 'Florian', 'Benoît',
  'Arnaud', 'Cédric', 'Damien', 'Fabien', 'Guillaume', 'Jean-Pierre', 'Jean-Marc', 'Bernard', 'Gérard', 'Alain', 'Didier', 'Régis',
  'Bastien', 'Corentin', 'Valentin', 'Baptiste', 'Clément', 'Matthieu', 'Vincent', 'Yohan', 'Loïc', 'Gaëtan', 'Rémi', 'Tristan',
];
export const INITIALS = 'ABCDEFGHJKLMNOPRSTVWZ'.split('');
