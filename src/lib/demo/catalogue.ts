import type { AmbassadorType, Intervention, Public, Sector } from '../vocabularies';

export interface CatalogueEntry {
  /** Ambassador type this entry describes. */
  type: AmbassadorType;
  /** ROME domain letter A..N. */
  sector: Sector;
  /** Job or training title, short, e.g. « Technicienne de maintenance industrielle » (use the feminine or masculine form, or both, varying across entries). */
  jobTitle: string;
  /** Grammatical voice of the texts (f, m, or n when they fit anyone), to pick a matching first name. */
  voice: 'f' | 'm' | 'n';
  /** 3 fictional employers / schools / organisations in Hauts-de-France. */
  organisations: [string, string, string];
  /** 3 variants of a first-person presentation, 150 to 450 characters each. */
  presentations: [string, string, string];
  /** 3 variants of a first-person career path (studies, first jobs, what led here), 200 to 700 characters each. */
  careerPaths: [string, string, string];
  /** Interventions that fit this entry (at least 2). */
  interventions: Intervention[];
  /** Publics that fit this entry (at least 2). */
  publics: Public[];
}

export const CATALOGUE: CatalogueEntry[] = [
  // ---------------------------------------------------------------------------
  // Professionnels — A. Agriculture, pêche, espaces verts, soins aux animaux
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'A',
    jobTitle: 'Agriculteur en grandes cultures',
    voice: 'm',
    organisations: ['EARL de la Plaine du Santerre', 'Ferme Delattre des Hauts Champs', 'GAEC du Moulin de Vermandois'],
    presentations: [
      'Je cultive des betteraves sucrières, du blé, des pommes de terre et du lin sur une exploitation familiale. Mon métier, c’est beaucoup de technique, de la mécanique, de la météo et pas mal de gestion. J’aime expliquer aux jeunes que l’agriculture d’aujourd’hui passe aussi par les capteurs, les drones et les tableurs.',
      'Agriculteur depuis quinze ans, je travaille près de deux cents hectares avec mon frère. Je viens volontiers raconter comment on pilote une exploitation : choix des semences, respect des sols, vente aux coopératives. Et non, on ne se lève pas forcément à cinq heures tous les jours !',
      'Je suis exploitant en grandes cultures et je m’intéresse beaucoup à l’agriculture de conservation des sols. Recevoir des élèves à la ferme, leur montrer le matériel et leur faire toucher la terre, c’est la meilleure façon de casser les clichés sur notre métier.',
    ],
    careerPaths: [
      'Après un bac STAV, j’ai fait un BTSA Agronomie productions végétales en alternance chez un agriculteur du Santerre. J’ai ensuite travaillé trois ans comme salarié agricole et chauffeur pendant les récoltes avant de m’installer sur l’exploitation de mes parents, avec l’aide d’un parcours d’installation et d’un prêt jeune agriculteur.',
      'Je ne suis pas fils d’agriculteur. J’ai d’abord été technicien dans un négoce de céréales, ce qui m’a fait rencontrer des dizaines d’exploitants. À trente ans, j’ai repris une ferme dont le propriétaire partait à la retraite sans successeur. Les premières années ont été dures, mais je ne regrette rien.',
      'Bac pro Conduite et gestion de l’entreprise agricole, puis certificat de spécialisation en machinisme. J’ai été salarié dans une ETA (entreprise de travaux agricoles) pendant six ans : c’est là que j’ai appris à régler une arracheuse à betteraves les yeux fermés. Je me suis associé en GAEC il y a huit ans.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'apprentices', 'parents'],
  },
  {
    type: 'professional',
    sector: 'A',
    jobTitle: 'Marin-pêcheur',
    voice: 'm',
    organisations: ['Armement Caron de la Côte d’Opale', 'Coopérative maritime du Portel', 'Pêcheries Lefebvre & Associés'],
    presentations: [
      'Je suis matelot sur un chalutier qui part de Boulogne-sur-Mer pour des marées de quelques jours. Pêche du hareng, du merlan, de la sole selon la saison. C’est un métier physique, où la solidarité à bord compte énormément. Je raconte volontiers la vie en mer, sans l’enjoliver.',
      'Patron pêcheur, je dirige un bateau de douze mètres avec deux matelots. La pêche côtière, c’est de la liberté mais aussi des règles strictes, des quotas et beaucoup de sécurité. J’aime montrer aux jeunes que la mer recrute et qu’on peut y faire carrière.',
      'Retraité depuis deux ans, j’ai passé trente-cinq ans en mer, de mousse à patron. Aujourd’hui, je parle du métier aux collégiens et aux jeunes en recherche d’orientation : les lycées maritimes manquent d’élèves alors que les armements cherchent du monde.',
    ],
    careerPaths: [
      'J’ai quitté le collège après la troisième pour entrer au lycée maritime, en CAP Matelot. Premier embarquement à dix-sept ans, sur un fileyeur. Ensuite, j’ai passé mes brevets de mécanicien puis de capitaine, en alternant les périodes en mer et les formations à terre.',
      'Mon grand-père et mon père étaient pêcheurs, mais je voulais d’abord faire autre chose : j’ai commencé un BTS commercial. Au bout d’un an, je suis reparti en mer pendant les vacances et je n’en suis plus jamais revenu. J’ai suivi un bac pro Conduite et gestion des entreprises maritimes en formation adulte.',
      'J’ai embarqué comme mousse à seize ans, à une époque où l’on apprenait tout sur le pont. J’ai ensuite passé mon brevet de patron et racheté un bateau avec un associé. Les dix dernières années, j’ai formé beaucoup de jeunes matelots à bord, c’est ce qui m’a donné envie de témoigner.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'young_neet', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'A',
    jobTitle: 'Jardinière paysagiste',
    voice: 'f',
    organisations: ['Les Jardins de l’Aa', 'Paysages Vandamme et Cie', 'Régie des espaces verts du Val de Scarpe'],
    presentations: [
      'Je crée et j’entretiens des jardins chez des particuliers et pour des communes : plantations, taille, petite maçonnerie paysagère, gestion de l’eau. Je travaille dehors toute l’année et j’adore voir un espace se transformer en quelques semaines.',
      'Paysagiste depuis dix ans, je suis aujourd’hui cheffe d’équipe. On réalise des aménagements plus sobres en eau, avec des plantes locales et des prairies fleuries. Je viens expliquer aux élèves qu’on peut être une femme sur un chantier de paysage et y être très à l’aise.',
      'Je m’occupe des parcs et des abords d’écoles d’une collectivité. Tonte, désherbage sans pesticides, plantation d’arbres : notre travail se voit tous les jours par les habitants. J’aime parler de biodiversité et de métiers utiles avec les plus jeunes.',
    ],
    careerPaths: [
      'Au collège, je ne savais pas quoi faire, mais j’aimais le jardin de ma grand-mère. J’ai fait un CAP Jardinier paysagiste, puis un bac pro Aménagements paysagers en apprentissage. Après quelques années dans une entreprise, j’ai passé un BTSA en formation continue pour devenir cheffe d’équipe.',
      'J’ai d’abord fait une licence de biologie à Lille, mais le travail de bureau ne me convenait pas. J’ai enchaîné avec un BP Aménagements paysagers en alternance. Mon maître d’apprentissage m’a embauchée à la fin, et je conçois maintenant une partie des projets.',
      'J’ai travaillé sept ans en grande surface avant une reconversion. Un bilan de compétences m’a orientée vers le paysage : j’ai suivi une formation qualifiante de dix mois, puis j’ai été recrutée par la commune comme agente des espaces verts. J’ai ensuite passé le concours d’adjointe technique principale.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'young_neet', 'adults_retraining'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — B. Arts et façonnage d’ouvrages d’art
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'B',
    jobTitle: 'Souffleuse de verre',
    voice: 'f',
    organisations: ['Atelier Verre & Flamme de l’Avesnois', 'Verrerie d’art du Val de Sambre', 'Atelier des Trois Fours'],
    presentations: [
      'Je façonne des pièces en verre soufflé à la canne : vases, luminaires, pièces uniques pour des architectes. Le verre à plus de mille degrés demande de la patience, de la précision et une vraie coordination avec l’équipe. J’adore faire des démonstrations devant des élèves.',
      'Je travaille dans un petit atelier de verre d’art où l’on fabrique aussi des pièces sur commande pour des restaurants et des hôtels. C’est un métier rare, mais il existe encore des formations et des ateliers qui cherchent des mains motivées.',
      'Souffleuse de verre depuis douze ans, je partage mon temps entre la création, la vente sur les salons et l’accueil de visiteurs. Je veux montrer qu’un métier d’art peut faire vivre, à condition d’être aussi un peu commerçante.',
    ],
    careerPaths: [
      'J’ai passé un bac général sans trop savoir quoi faire, puis une année de fac d’arts plastiques. Lors d’une visite d’atelier, j’ai vu souffler du verre et j’ai été fascinée. J’ai enchaîné avec un CAP Souffleur de verre en deux ans, puis un DMA Arts du verre. J’ai travaillé chez deux maîtres verriers avant de rejoindre l’atelier actuel.',
      'Après un bac pro Artisanat et métiers d’art, j’ai fait mon apprentissage dans une verrerie du sud de l’Aisne. Je suis partie deux ans en Europe du Nord travailler dans des ateliers plus grands. À mon retour, j’ai repris un atelier avec une associée.',
      'J’ai commencé dans l’industrie verrière, sur des lignes de production de flaconnage. Le contact avec la matière m’a donné envie d’aller vers la création. J’ai suivi une formation d’adulte en verre à la main et j’ai été embauchée dans un atelier d’art il y a huit ans.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'adults_retraining', 'educational_teams'],
  },
  {
    type: 'professional',
    sector: 'B',
    jobTitle: 'Ébéniste restauratrice de mobilier',
    voice: 'f',
    organisations: ['Menuiserie Vasseur & Fils', 'Atelier du Bois Doré', 'Ébénisterie des Remparts de Montreuil'],
    presentations: [
      'Je restaure des meubles anciens pour des particuliers, des antiquaires et parfois des musées : marqueterie, vernis au tampon, reprise de placages. Chaque meuble raconte une histoire et je dois la respecter. Je présente volontiers mes outils et quelques pièces en cours.',
      'Ébéniste, je fabrique du mobilier sur mesure et je restaure des pièces anciennes. Le métier mêle dessin, calcul, travail du bois massif et beaucoup de finitions. J’aime montrer aux jeunes que les métiers d’art sont modernes, avec aussi des machines à commande numérique.',
      'Dans notre atelier familial, je m’occupe surtout de la restauration. J’accueille régulièrement des stagiaires de troisième et des apprentis. Le plus beau moment, c’est de rendre à une famille le buffet de ses grands-parents comme neuf.',
    ],
    careerPaths: [
      'CAP Ébéniste en apprentissage, puis brevet des métiers d’art. J’ai fait mon tour de France avec les compagnons pendant quatre ans, ce qui m’a permis de travailler dans des ateliers très différents. Je suis revenue dans la région pour rejoindre l’atelier où je suis aujourd’hui.',
      'J’étais secrétaire médicale pendant dix ans. Le bois était ma passion du week-end. J’ai obtenu un financement pour un CAP Ébéniste en formation adulte, puis j’ai fait une spécialisation en restauration de mobilier. J’ai été embauchée par mon ancien tuteur de stage.',
      'Fille et petite-fille de menuisiers, j’ai pourtant commencé par un BTS en design d’espace. Je me suis rendu compte que je voulais fabriquer plutôt que dessiner. J’ai préparé un DN MADE mention objet, puis j’ai intégré l’entreprise familiale en me spécialisant dans la restauration.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'apprentices', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'B',
    jobTitle: 'Créateur textile et dentellier',
    voice: 'm',
    organisations: ['Manufacture de la Dentelle du Calaisis', 'Atelier Fils & Trames', 'Tissages Delcourt du Cambrésis'],
    presentations: [
      'Je conçois des motifs pour la dentelle mécanique et je suis l’adaptation sur les métiers Leavers, des machines plus que centenaires. Entre tradition et haute couture, c’est un savoir-faire qu’on ne trouve presque plus nulle part. J’aime le faire découvrir aux jeunes curieux.',
      'Je suis créateur dans un atelier de tissage qui travaille pour des marques de mode et d’ameublement. Je dessine, je choisis les fils, je fais des essais avec les tisserands. On m’invite souvent pour parler de créativité et de métiers méconnus.',
      'Dessinateur de dentelle, je travaille à la fois sur papier, sur logiciel et au pied des machines. Il faut une très bonne vision dans l’espace et beaucoup de patience. Je viens montrer des échantillons, ça surprend toujours les élèves.',
    ],
    careerPaths: [
      'Bac STD2A, puis DN MADE mention textile. J’ai fait un stage dans une entreprise de dentelle et je suis resté : on m’a formé pendant deux ans au dessin et à la mise en carte, un métier qui s’apprend surtout sur place, auprès des anciens.',
      'Je voulais être styliste. Après un BTS Métiers de la mode, j’ai travaillé à Paris dans un bureau de style. Je suis revenu dans le Nord pour me rapprocher de ma famille et j’ai découvert le tissage jacquard. Depuis sept ans, je crée des collections pour l’atelier.',
      'J’ai commencé comme ouvrier dans une usine textile à dix-huit ans, sans diplôme. Un chef d’atelier a remarqué que je dessinais pendant mes pauses. Il m’a poussé à suivre une formation en conception textile financée par l’entreprise. Aujourd’hui, je suis responsable des créations.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'students', 'educational_teams'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — C. Banque, assurance, immobilier
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'C',
    jobTitle: 'Conseillère clientèle en banque',
    voice: 'f',
    organisations: ['Banque des Flandres et du Littoral', 'Crédit des Deux Vallées', 'Caisse Régionale du Hainaut'],
    presentations: [
      'J’accompagne des particuliers dans leurs projets : ouverture de compte, premier crédit auto, épargne, achat immobilier. Mon métier, c’est avant tout de l’écoute et de la pédagogie. J’aime expliquer aux jeunes comment fonctionne une banque, et ce qu’on y fait vraiment.',
      'Conseillère en agence depuis six ans, je gère un portefeuille d’environ six cents clients. Il faut des connaissances en fiscalité, en droit et un bon sens du contact. Je parle aussi volontiers de l’alternance, qui m’a ouvert les portes du métier.',
      'Je travaille dans une agence de centre-ville et je reçois beaucoup de jeunes actifs. Je viens en classe pour parler des métiers de la banque, mais aussi du budget, du premier salaire et des pièges à éviter.',
    ],
    careerPaths: [
      'Bac STMG, puis BTS Banque conseiller de clientèle en alternance dans l’agence où je travaille toujours. J’ai été embauchée comme chargée d’accueil, puis conseillère au bout d’un an. Je prépare aujourd’hui une formation interne pour devenir conseillère patrimoniale.',
      'J’ai fait une licence d’économie à Valenciennes et je pensais devenir professeure. Un job étudiant dans une agence bancaire m’a fait changer d’avis. Après un master en alternance, j’ai été recrutée comme conseillère professionnels, puis particuliers.',
      'J’ai commencé comme vendeuse en prêt-à-porter. Le contact client me plaisait, mais je voulais plus de stabilité. J’ai repris une licence professionnelle banque en alternance à vingt-six ans. Ce n’était pas simple de retourner en cours, mais ça a complètement changé ma vie professionnelle.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['high_school', 'students', 'apprentices', 'parents'],
  },
  {
    type: 'professional',
    sector: 'C',
    jobTitle: 'Gestionnaire sinistres en assurance',
    voice: 'n',
    organisations: ['Mutuelle Assurances du Nord-Pas-de-Calais', 'Assurances Picardes Réunies', 'Cabinet de courtage Lemaire & Dubois'],
    presentations: [
      'Quand un client a un dégât des eaux, un accident de voiture ou un incendie, c’est moi qui gère son dossier : j’analyse le contrat, je mandate un expert, je calcule l’indemnisation. C’est un métier où on aide des gens dans des moments difficiles.',
      'Je suis gestionnaire sinistres automobile dans une mutuelle régionale. Mon quotidien : téléphone, analyse de dossiers, échanges avec les garages et les experts. Il faut être rigoureux, aimer le droit et garder son calme. L’assurance recrute énormément dans la région.',
      'Gestionnaire de sinistres habitation, je suis aussi tutrice d’alternants. Je viens présenter un secteur peu connu des jeunes, alors qu’il propose des emplois stables, du télétravail et de vraies possibilités d’évolution.',
    ],
    careerPaths: [
      'Après un bac pro Gestion-administration, j’ai fait un BTS Assurance en alternance. J’ai été embauchée à la sortie et je suis passée de la gestion des petits sinistres aux dossiers corporels plus complexes. Je suis aujourd’hui référente technique de mon équipe.',
      'J’ai une licence de droit. Je n’ai pas réussi le concours que je visais et j’ai cherché un travail en attendant. Une agence d’intérim m’a proposé une mission dans une mutuelle : trois mois plus tard, on me proposait un CDI. Je ne suis jamais repartie.',
      'J’ai été plusieurs années télé-conseiller dans un centre d’appels. L’assurance faisait partie de nos clients, et j’ai postulé en interne chez eux. La formation de six mois au métier de gestionnaire était payée, ce qui m’a permis d’évoluer sans reprendre d’études longues.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'C',
    jobTitle: 'Agent immobilier',
    voice: 'm',
    organisations: ['Immobilière du Beffroi', 'Agence Les Toits de l’Artois', 'Cabinet Dumont Transactions'],
    presentations: [
      'J’accompagne des vendeurs et des acheteurs de maisons et d’appartements : estimation, visites, négociation, suivi jusqu’à la signature chez le notaire. Je suis souvent sur la route et mes journées ne se ressemblent jamais.',
      'Retraité depuis deux ans, j’ai dirigé pendant vingt-cinq ans une agence immobilière dans l’Artois. Je viens raconter un métier de relation, de droit et de terrain, avec ses bons côtés et ses exigences, notamment les horaires du samedi.',
      'Je suis négociateur immobilier, spécialisé dans l’ancien et les maisons de ville en briques, très typiques de chez nous. J’aime parler aux lycéens de ce métier où l’on peut entrer par l’alternance et évoluer rapidement selon ses résultats.',
    ],
    careerPaths: [
      'Bac STMG, BTS Professions immobilières en alternance dans une petite agence de Béthune. J’ai d’abord fait de la gestion locative, puis de la transaction. Au bout de huit ans, j’ai obtenu ma carte professionnelle et j’ai ouvert mon agence avec un associé.',
      'Je suis entré dans l’immobilier à trente ans, après une première carrière de commercial dans l’automobile. J’ai commencé comme négociateur salarié, payé en grande partie à la commission. Les débuts sont exigeants, mais le métier m’a beaucoup apporté.',
      'Après une licence de géographie, je voulais travailler dans l’urbanisme. J’ai fait un stage dans un cabinet de syndic qui m’a fait découvrir l’immobilier. J’ai ensuite préparé une licence professionnelle en alternance et je suis devenu négociateur.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['high_school', 'students', 'job_seekers', 'parents'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — D. Commerce, vente, grande distribution
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'D',
    jobTitle: 'Manager de rayon en hypermarché',
    voice: 'f',
    organisations: ['Hyper Val d’Escaut', 'Grand Marché des Weppes', 'Centre commercial du Bassin Minier'],
    presentations: [
      'Je gère le rayon fruits et légumes d’un hypermarché avec une équipe de huit personnes : commandes, mise en rayon, gestion des pertes, animation commerciale. On pense souvent que le commerce, c’est seulement remplir des rayons, alors que c’est un vrai métier de gestion et de management.',
      'Manager du rayon épicerie, je pilote un chiffre d’affaires important et une équipe jeune. Je suis entrée comme employée libre-service, preuve que la grande distribution permet de grimper. J’aime venir en parler aux collégiens et aux jeunes sans diplôme.',
      'Je suis responsable du rayon produits frais et je travaille beaucoup avec des producteurs locaux. Mon quotidien : chiffres, plannings, relation client et une bonne dose d’imprévus. Je peux accueillir des stagiaires de troisième pour une découverte du magasin.',
    ],
    careerPaths: [
      'J’ai arrêté mes études après un CAP Employé de vente. J’ai été employé libre-service pendant quatre ans, puis adjoint au responsable de rayon. L’enseigne m’a proposé une formation interne de manager, et j’ai eu mon propre rayon à vingt-six ans.',
      'Après un bac pro Commerce, j’ai fait un BTS Management commercial opérationnel en alternance dans le magasin où je travaille aujourd’hui. J’ai été embauchée comme adjointe, puis manager. Je suis moi-même tutrice d’alternants depuis deux ans.',
      'Je travaillais dans la restauration rapide pendant mes études de sport. J’ai finalement arrêté la fac et postulé comme caissier puis employé de rayon. J’ai progressé en interne, rayon par rayon, et je prépare maintenant un poste de chef de secteur.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'discovery_internship'],
    publics: ['middle_school', 'high_school', 'young_neet', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'D',
    jobTitle: 'Boulangère-pâtissière artisanale',
    voice: 'f',
    organisations: ['Boulangerie Au Pain des Flandres', 'Maison Degrave, artisan boulanger', 'Fournil du Marché d’Arras'],
    presentations: [
      'Je tiens une boulangerie-pâtisserie avec mon compagnon. Je fabrique les viennoiseries, les entremets et les spécialités locales comme les tartes au sucre, et je m’occupe aussi de la boutique. Un métier d’horaires décalés, mais tellement gratifiant.',
      'Je suis boulangère salariée dans une boutique de quartier. Le matin, je pétris, je façonne, je cuis ; l’après-midi, je prépare la production du lendemain. J’aime faire découvrir la réalité du métier et casser l’image du fournil poussiéreux.',
      'Artisane depuis dix ans, je forme chaque année un ou deux apprentis. Je viens en classe avec des pâtons et des farines différentes : les élèves adorent mettre la main à la pâte et poser toutes leurs questions sur l’apprentissage.',
    ],
    careerPaths: [
      'CAP Boulanger puis CAP Pâtissier en apprentissage, puis brevet professionnel. J’ai travaillé dans plusieurs boulangeries de la métropole avant de reprendre une affaire avec mon compagnon, grâce à un prêt et à l’accompagnement de la chambre de métiers.',
      'J’ai d’abord fait un bac général et une année de licence de langues. Je m’ennuyais. J’ai passé un CAP Boulanger en un an, en formation accélérée. Ma patronne d’apprentissage m’a gardée et m’a confié la pâtisserie au bout de trois ans.',
      'Après quinze ans comme assistante administrative, j’ai voulu un métier manuel. Reconversion à trente-six ans : CAP Boulanger en alternance, avec des collègues qui avaient l’âge de mes enfants ! Aujourd’hui, je suis salariée dans une boutique et je ne regrette pas mon choix.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'apprentices', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'D',
    jobTitle: 'Technico-commercial en matériel agricole',
    voice: 'm',
    organisations: ['Agri-Équipements du Ponthieu', 'Établissements Hennebert Machinisme', 'Motoculture et Tracteurs de l’Oise'],
    presentations: [
      'Je vends des tracteurs, des semoirs et des outils de précision à des agriculteurs de la Somme. Mon métier allie technique et commerce : il faut comprendre les besoins de chaque exploitation, faire des démonstrations et négocier. Je passe beaucoup de temps sur la route et dans les champs.',
      'Technico-commerciale, je conseille les exploitants et les entreprises de travaux agricoles sur le choix de leur matériel. Je viens expliquer aux jeunes qu’on peut aimer le monde agricole sans être agriculteur, et qu’on manque de commerciaux qui connaissent la technique.',
      'Je suis commercial dans une concession de machinisme agricole. Mon travail est très varié : visites de fermes, salons, devis, suivi des livraisons avec l’atelier. J’apprécie l’autonomie que donne ce poste et le lien de confiance avec les clients.',
    ],
    careerPaths: [
      'Fils d’agriculteur, j’ai fait un bac pro Agroéquipement puis un BTSA Génie des équipements agricoles. J’ai travaillé comme mécanicien en concession pendant cinq ans avant de passer du côté commercial. Connaître l’atelier m’aide énormément face aux clients.',
      'J’ai fait un BTS Négociation et digitalisation de la relation client en alternance dans une concession. Je ne connaissais rien à l’agriculture au départ, mais mes clients m’ont beaucoup appris. Aujourd’hui, je gère un secteur de trois cantons.',
      'Ingénieure agronome de formation, j’ai commencé dans le conseil en cultures. Je me suis rendu compte que je préférais le contact commercial et le matériel. J’ai rejoint une concession il y a six ans et je m’occupe des équipements d’agriculture de précision.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['high_school', 'apprentices', 'students', 'job_seekers'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — E. Communication, média, multimédia
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'E',
    jobTitle: 'Développeuse web',
    voice: 'f',
    organisations: ['Agence Pixel du Nord', 'Studio Numérique des Weppes', 'Lumen Digital Amiens'],
    presentations: [
      'Je conçois des sites et des applications web pour des PME, des collectivités et des associations. Je code en JavaScript et en PHP, je travaille en équipe avec des graphistes et des chefs de projet. Je veux montrer aux filles comme aux garçons que le code n’est pas réservé aux génies.',
      'Développeuse dans une agence de la métropole lilloise, je travaille en partie à distance. Mon quotidien : résoudre des problèmes, tester, améliorer. J’aime faire une petite démonstration en classe pour montrer qu’une page web, ce n’est pas magique.',
      'Je développe des outils internes pour une entreprise de services. Le numérique offre beaucoup de débouchés dans la région et on peut y entrer par des chemins très différents. Je suis disponible pour des échanges en visio avec des classes ou des jeunes en réflexion.',
    ],
    careerPaths: [
      'Après un bac STI2D, j’ai fait un BUT Informatique à Lens puis une licence professionnelle en alternance. J’ai été embauchée dans l’agence où j’étais apprentie. Je me forme en continu, parce que les outils changent tous les ans.',
      'J’étais serveuse et je m’ennuyais. J’ai découvert le code avec des tutoriels gratuits, puis j’ai suivi une formation intensive de développeur web dans une école du numérique inclusive. Six mois après, je signais mon premier contrat. Tout est possible avec de la motivation.',
      'Licence de mathématiques, puis master en informatique. J’ai travaillé deux ans dans une grande entreprise de services numériques avant de rejoindre une agence plus petite, où je touche à tout. J’accompagne aussi des stagiaires de BTS et de BUT.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'students', 'young_neet'],
  },
  {
    type: 'professional',
    sector: 'E',
    jobTitle: 'Journaliste en presse locale',
    voice: 'n',
    organisations: ['L’Écho du Littoral', 'La Gazette de l’Aisne', 'Radio Terres du Nord'],
    presentations: [
      'Je suis journaliste dans un quotidien régional : je couvre les conseils municipaux, les faits divers, les fêtes de village et les clubs sportifs. J’écris, je photographie, je tourne de petites vidéos pour le site. J’aime parler d’information et de vérification des sources avec les élèves.',
      'Je travaille dans une radio locale où je prépare et présente les journaux du matin. Le métier a beaucoup changé avec les réseaux sociaux, mais l’essentiel reste le même : aller sur le terrain et vérifier. J’interviens aussi en éducation aux médias.',
      'Correspondante puis journaliste en agence locale, je connais mon territoire par cœur. J’explique aux jeunes comment on fabrique un article, du coup de fil du matin à la mise en page du soir, et pourquoi la presse locale reste utile.',
    ],
    careerPaths: [
      'Bac littéraire, licence d’histoire à Arras, puis école de journalisme après un concours. J’ai enchaîné les remplacements d’été dans plusieurs éditions locales avant d’obtenir un poste fixe. J’ai choisi de rester près de chez moi plutôt que de partir à Paris.',
      'J’ai commencé comme correspondant local de presse pendant mes études de sciences politiques, payé à l’article. J’ai adoré. Après un master, j’ai été embauché à la radio où j’avais fait un stage. Je fais aujourd’hui autant de web que d’antenne.',
      'Je suis arrivée au journalisme par la photo. Après un BTS photographie, j’ai travaillé comme pigiste pour plusieurs titres de la région. Petit à petit, on m’a demandé aussi d’écrire. Une formation continue en journalisme m’a permis de devenir rédactrice à part entière.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'students', 'educational_teams'],
  },
  {
    type: 'professional',
    sector: 'E',
    jobTitle: 'Graphiste et motion designer',
    voice: 'n',
    organisations: ['Studio Brique & Pixel', 'Agence Créative de la Deûle', 'Atelier Graphique du Beauvaisis'],
    presentations: [
      'Je crée des identités visuelles, des affiches et des animations pour des entreprises, des festivals et des associations. Je travaille sur ordinateur, mais tout commence souvent par un carnet de croquis. J’aime montrer aux élèves les étapes d’un projet, de la première idée au rendu final.',
      'Graphiste indépendant, je travaille principalement pour des clients de la région. Je suis à la fois créatif, commercial et gestionnaire de ma petite entreprise. Je viens témoigner de la liberté mais aussi de la rigueur qu’exige ce statut.',
      'Motion designer dans une agence, j’anime des logos, des vidéos explicatives et des contenus pour les réseaux sociaux. Je peux montrer mes logiciels et quelques réalisations. C’est un métier où la curiosité et le travail personnel comptent autant que le diplôme.',
    ],
    careerPaths: [
      'Bac STD2A, puis DN MADE mention graphisme. J’ai fait mon stage de fin d’études dans une agence de Lille qui m’a embauché. Après cinq ans, je me suis lancé en indépendant pour choisir mes projets. Aujourd’hui, je travaille surtout pour des acteurs culturels et associatifs de la région.',
      'J’ai fait un bac pro Artisanat et métiers d’art option communication visuelle, puis un BTS en alternance. Mes premiers postes étaient dans une imprimerie, ce qui m’a donné une vraie culture de la fabrication. Je suis passée à l’animation en me formant le soir.',
      'J’ai été d’abord technicien dans l’industrie automobile. Je faisais du dessin et de l’animation pour le plaisir. À vingt-neuf ans, j’ai suivi une formation de motion designer financée par mon compte formation. Mon premier client était un festival de musique de ma ville.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'discovery_internship'],
    publics: ['middle_school', 'high_school', 'students', 'adults_retraining'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — F. Construction, bâtiment, travaux publics
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'F',
    jobTitle: 'Conductrice d’engins de travaux publics',
    voice: 'f',
    organisations: ['TP Lemoine Terrassement', 'Routes et Réseaux du Valenciennois', 'Société Picarde de Travaux Publics'],
    presentations: [
      'Je conduis une pelle hydraulique sur des chantiers de voirie, de réseaux et de terrassement. Il faut être précise au centimètre, respecter les consignes de sécurité et bien communiquer avec l’équipe au sol. Oui, il y a des femmes sur les engins, et on s’y sent bien !',
      'Conductrice de niveleuse et de chargeuse, je travaille sur la construction de routes et de plateformes logistiques. J’adore la sensation de maîtriser une machine de plusieurs tonnes. Je viens volontiers parler de mon parcours aux collégiennes et aux jeunes en recherche.',
      'Je suis conductrice d’engins dans une entreprise de travaux publics qui aménage des zones d’activité. Les machines sont aujourd’hui guidées par GPS, c’est très technique. Je peux accueillir des visites de chantier avec l’accord de mon employeur.',
    ],
    careerPaths: [
      'Après un CAP Conducteur d’engins en apprentissage, j’ai été embauchée par mon entreprise d’accueil. J’ai passé ensuite d’autres autorisations de conduite. Je suis désormais référente sécurité sur certains chantiers.',
      'J’ai travaillé six ans comme caissière. En regardant un chantier en bas de chez moi, j’ai eu un déclic. Ma conseillère emploi m’a orientée vers une formation de conductrice d’engins de plusieurs mois, avec des stages en entreprise. J’ai signé un CDI dans la foulée.',
      'Fille de chef de chantier, j’ai grandi au milieu des engins. J’ai fait un bac pro Travaux publics puis je me suis spécialisée dans la conduite. J’ai également passé mon permis poids lourd pour pouvoir transporter mes machines d’un chantier à l’autre.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'young_neet', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'F',
    jobTitle: 'Charpentier couvreur',
    voice: 'm',
    organisations: ['Charpentes Delannoy et Fils', 'Toitures de la Lys', 'Ateliers Bois du Vexin picard'],
    presentations: [
      'Je fabrique et je pose des charpentes en bois, et je réalise des couvertures en tuiles, ardoises ou zinc. Travailler en hauteur ne me fait pas peur, mais la sécurité passe avant tout. J’aime expliquer aux jeunes la fierté de voir une maison prendre forme.',
      'Charpentier, je passe une partie de mon temps à l’atelier pour tailler les pièces et l’autre sur les chantiers pour les monter. Le bois revient beaucoup dans la construction, avec des maisons à ossature bois et des rénovations écologiques. Le secteur cherche des jeunes motivés.',
      'Couvreur depuis vingt ans, je suis aujourd’hui chef d’équipe. Je restaure aussi des toitures anciennes, des églises et des fermes au carré. Je viens parler d’un métier physique, bien payé, où l’on ne s’ennuie jamais.',
    ],
    careerPaths: [
      'CAP Charpentier bois puis brevet professionnel en alternance. J’ai fait partie des compagnons pendant quelques années, en changeant de ville chaque année. Je suis revenu dans la région pour rejoindre une entreprise familiale où j’encadre maintenant trois ouvriers.',
      'Je n’aimais pas l’école. En troisième, j’ai fait un stage chez un couvreur du village et j’ai su que c’était pour moi. CAP Couvreur, puis mention complémentaire zinguerie. À vingt-cinq ans, je suis devenu chef d’équipe.',
      'J’ai commencé par un bac général et une première année de licence. Je voulais bouger et travailler de mes mains. J’ai repris un CAP Charpentier en un an après le bac, puis un BTS Systèmes constructifs bois et habitat. Je conçois maintenant les charpentes sur logiciel avant de les poser.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'apprentices', 'young_neet'],
  },
  {
    type: 'professional',
    sector: 'F',
    jobTitle: 'Conducteur de travaux',
    voice: 'm',
    organisations: ['Bâtir en Hainaut', 'Constructions Régionales de la Somme', 'Groupe Habitat des Collines d’Artois'],
    presentations: [
      'Je pilote des chantiers de logements collectifs : plannings, budgets, coordination des entreprises, réunions avec l’architecte et le client. Je suis à mi-chemin entre le bureau et le terrain. Mon rôle est de livrer un bâtiment de qualité, à l’heure et en sécurité.',
      'Conducteur de travaux en réhabilitation, je m’occupe de rénover des cités minières pour améliorer leur isolation. Ce sont des projets qui changent concrètement la vie des habitants. J’aime présenter la diversité des métiers du bâtiment aux lycéens.',
      'Je gère plusieurs chantiers en même temps pour une entreprise générale. Il faut savoir décider vite, négocier et motiver les équipes. Je peux organiser des visites de chantier pour des classes, avec l’équipement de sécurité adapté.',
    ],
    careerPaths: [
      'Bac STI2D, puis BTS Bâtiment en alternance. J’ai été chef de chantier pendant quatre ans avant de devenir conducteur de travaux. J’ai ensuite suivi une licence professionnelle pour compléter mes connaissances en gestion et en économie de la construction.',
      'J’ai débuté comme maçon après un CAP. Mon chef a vu que j’avais le sens de l’organisation et m’a fait évoluer vers chef d’équipe, puis chef de chantier. Une formation en cours d’emploi m’a permis de devenir conducteur de travaux à trente-quatre ans.',
      'Diplômé d’une école d’ingénieurs en génie civil, j’ai commencé dans un bureau d’études. Le terrain me manquait : j’ai demandé à passer en travaux. Aujourd’hui, je suis responsable de plusieurs opérations de rénovation énergétique.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'remote_exchange'],
    publics: ['high_school', 'students', 'apprentices', 'educational_teams'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — G. Hôtellerie-restauration, tourisme, animation
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'G',
    jobTitle: 'Chef de cuisine en brasserie',
    voice: 'f',
    organisations: ['Brasserie du Vieux Beffroi', 'Estaminet Le Petit Houblon', 'Restaurant Les Dunes Blanches'],
    presentations: [
      'Je dirige la cuisine d’une brasserie de cent couverts avec une brigade de six personnes. Cuisine régionale, produits locaux, carbonade, welsh et poissons de la côte. Je viens parler d’un métier exigeant mais plein de passion, où l’on progresse vite quand on est motivé.',
      'Chef dans un estaminet, je travaille surtout avec des producteurs du coin. Je gère les menus, les commandes, l’hygiène et la formation des apprentis. J’aime expliquer aux jeunes que la cuisine, c’est aussi de la gestion, du travail d’équipe et de la créativité.',
      'Je suis cheffe de cuisine dans un restaurant de la côte. L’été, on sert jusqu’à deux cents repas par jour. Je souhaite montrer que la restauration a changé : plannings plus respectueux, meilleure ambiance, et beaucoup d’opportunités pour ceux qui veulent apprendre.',
    ],
    careerPaths: [
      'CAP Cuisine en apprentissage, puis mention complémentaire Cuisinier en desserts de restaurant. J’ai travaillé dans plusieurs maisons, dont une saison à la montagne et deux ans à l’étranger. Je suis revenu dans le Nord pour prendre la tête d’une brigade.',
      'J’ai raté mon bac, puis j’ai enchaîné des petits boulots. À vingt et un ans, un restaurateur m’a proposé un contrat d’apprentissage en CAP. J’ai découvert que j’étais bon en quelque chose. Dix ans plus tard, je suis chef et je forme à mon tour des apprentis.',
      'Bac technologique hôtellerie-restauration, puis BTS Management en hôtellerie-restauration. J’ai commencé commis, puis cheffe de partie et seconde dans un restaurant gastronomique de la métropole. J’ai choisi ensuite une brasserie pour retrouver une cuisine plus populaire.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'apprentices', 'young_neet'],
  },
  {
    type: 'professional',
    sector: 'G',
    jobTitle: 'Réceptionniste en hôtel',
    voice: 'f',
    organisations: ['Hôtel de la Baie d’Authie', 'Hôtel Les Quatre Vents de Wimereux', 'Résidence hôtelière du Parc Citadelle'],
    presentations: [
      'J’accueille les clients d’un hôtel de bord de mer : arrivées, départs, réservations, conseils sur les balades et les restaurants. Je parle anglais et un peu néerlandais tous les jours. J’aime ce métier pour les rencontres et la variété des situations.',
      'Réceptionniste de nuit, je veille sur l’hôtel et ses clients, je prépare la comptabilité de la journée et je gère les imprévus. Un rythme particulier qui me convient très bien. Je viens parler des métiers de l’hôtellerie, souvent méconnus des jeunes.',
      'Je suis cheffe de réception dans un hôtel de quarante chambres. Je recrute et forme les réceptionnistes, souvent des jeunes en alternance. Le tourisme se développe beaucoup sur la Côte d’Opale et dans les villes de mémoire, il y a du travail pour ceux qui aiment l’accueil.',
    ],
    careerPaths: [
      'Bac STHR, puis BTS Management en hôtellerie-restauration option hébergement. J’ai fait mes stages en Angleterre et en Belgique pour améliorer mes langues. J’ai été embauchée comme réceptionniste et je suis devenue cheffe de réception trois ans après.',
      'J’ai fait une licence d’anglais sans projet précis. Pour payer mes études, je travaillais le week-end dans un hôtel. À la fin de ma licence, le directeur m’a proposé un poste à temps plein. Je me suis formée sur le tas et j’adore ce que je fais.',
      'Ancien militaire, j’ai cherché un métier où mon sens de l’organisation et mon calme seraient utiles. Une formation courte de réceptionniste, un stage, puis un CDI de veilleur de nuit. Aujourd’hui, je forme les nouveaux arrivants aux procédures de nuit.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'discovery_internship'],
    publics: ['high_school', 'students', 'young_neet', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'G',
    jobTitle: 'Animatrice nature en base de loisirs',
    voice: 'f',
    organisations: ['Base de loisirs des Étangs du Haut-Pays', 'Maison de la Nature des Bas-Champs', 'Association Vert Horizon'],
    presentations: [
      'J’encadre des groupes d’enfants et d’adultes pour des sorties nature, des activités nautiques et des ateliers de découverte des milieux humides. Je travaille beaucoup dehors, par tous les temps ! J’aime transmettre ma passion pour les oiseaux et les marais.',
      'Animatrice en base de loisirs, j’organise des séjours, des classes vertes et des activités sportives. Mon métier demande de l’énergie, de la pédagogie et le sens des responsabilités. Je peux accueillir des jeunes en stage pour qu’ils découvrent l’animation.',
      'Je conçois des animations sur l’environnement pour les écoles et les familles. J’aime montrer qu’on peut faire de sa passion un métier, même si le secteur demande parfois d’accepter des saisons et des contrats variés au début.',
    ],
    careerPaths: [
      'BAFA à dix-sept ans, puis animatrice en centre de loisirs pendant mes études de biologie. J’ai passé un BPJEPS Éducation à l’environnement vers un développement durable en alternance. J’ai été embauchée par la base de loisirs où j’avais fait mon apprentissage.',
      'J’ai été vendeuse en magasin de sport pendant plusieurs années. Je faisais du kayak et de la randonnée tous les week-ends. J’ai passé un BPJEPS Activités physiques pour tous en reconversion, puis un brevet spécifique pour encadrer le canoë.',
      'Bac pro Gestion des milieux naturels et de la faune, puis BTSA Gestion et protection de la nature, option animation. Après plusieurs saisons comme guide nature sur le littoral, je suis devenue coordinatrice des animations dans une association d’éducation à l’environnement.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'young_neet', 'educational_teams'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — H. Industrie
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'H',
    jobTitle: 'Pilote de ligne de production agroalimentaire',
    voice: 'n',
    organisations: ['Frites et Saveurs du Nord', 'Sucrerie Coopérative du Vermandois', 'Conserverie des Flandres Maritimes'],
    presentations: [
      'Je pilote une ligne qui transforme des pommes de terre en frites surgelées. Je règle les machines, je contrôle la qualité, je réagis aux pannes avec la maintenance. L’agroalimentaire est le premier employeur industriel de la région et on recrute sans arrêt.',
      'Conductrice de ligne dans une sucrerie, je travaille en équipe pendant la campagne betteravière, à l’automne. C’est une période intense et très organisée. J’explique aux jeunes que l’usine d’aujourd’hui est propre, automatisée, et que l’on peut y évoluer.',
      'Je suis pilote de ligne de conditionnement dans une conserverie de légumes. Mon rôle : faire tourner les machines au bon rythme, respecter les règles d’hygiène et former les intérimaires. Je peux organiser une visite de l’usine, avec blouses et charlottes.',
    ],
    careerPaths: [
      'J’ai commencé par des missions d’intérim comme opérateur de production après un bac pro commerce. L’entreprise m’a proposé un contrat de professionnalisation pour devenir conducteur de ligne. Aujourd’hui, je suis pilote et je forme les nouveaux.',
      'Bac pro Pilote de ligne de production en alternance, puis embauche directe. J’ai ensuite préparé un BTS Pilotage de procédés en formation continue, financé par l’entreprise. Je vise un poste de cheffe d’équipe d’ici quelques années.',
      'Après vingt ans dans le textile et la fermeture de mon usine, j’ai dû me reconvertir. Une formation de six mois aux métiers de l’industrie agroalimentaire m’a permis de rebondir. Mon expérience des machines a été précieuse pour me faire embaucher.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'H',
    jobTitle: 'Technicienne méthodes dans l’industrie ferroviaire',
    voice: 'f',
    organisations: ['Ateliers Ferroviaires du Hainaut', 'Rail Industrie Valenciennes', 'Compagnie Nordiste de Matériel Roulant'],
    presentations: [
      'Je prépare la fabrication des trains et des tramways : je définis les étapes d’assemblage, les outils, les temps de montage, et je vérifie que tout est faisable en atelier. Voir rouler un train sur lequel on a travaillé, c’est une vraie fierté.',
      'Technicienne méthodes, je fais le lien entre le bureau d’études et les équipes de production. Je passe beaucoup de temps dans l’atelier pour écouter les opérateurs et améliorer les postes. Le ferroviaire est un secteur historique du Valenciennois, avec beaucoup d’avenir.',
      'Je travaille sur le câblage électrique des voitures de métro. Mon métier demande de la rigueur, de la curiosité technique et un bon relationnel. Je viens dire aux collégiennes qu’elles ont toute leur place dans l’industrie.',
    ],
    careerPaths: [
      'Bac STI2D, puis BUT Génie mécanique et productique en alternance chez un constructeur ferroviaire. J’ai été embauchée à la sortie comme technicienne méthodes. Je suis maintenant référente sur un projet de rames de tramway.',
      'J’ai commencé comme câbleuse en production après un bac pro Métiers de l’électricité. En parallèle, j’ai préparé un BTS en cours du soir. Ma connaissance du terrain a convaincu mon responsable de me confier un poste aux méthodes.',
      'Diplômée d’une licence de physique, je ne voulais pas faire de recherche. J’ai suivi une licence professionnelle en industrialisation en alternance. C’est là que j’ai découvert le ferroviaire. Cinq ans plus tard, je coordonne une petite équipe méthodes.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'students', 'educational_teams'],
  },
  {
    type: 'professional',
    sector: 'H',
    jobTitle: 'Responsable qualité chez un équipementier automobile',
    voice: 'n',
    organisations: ['Plasturgie Auto du Douaisis', 'Équipements Automobiles de la Sambre', 'Mécanique de Précision du Ternois'],
    presentations: [
      'Je m’assure que les pièces que nous fabriquons pour les constructeurs automobiles sont conformes : contrôles, audits, analyse des défauts, plans d’action. Mon rôle est d’éviter qu’une pièce défectueuse arrive sur une voiture. C’est un métier d’enquête et de méthode.',
      'Responsable qualité dans une usine de pièces plastiques, j’encadre une équipe de contrôleurs. Nous travaillons aussi pour les véhicules électriques, qui se développent fortement dans la région. J’aime expliquer aux jeunes comment on passe d’un plan à une pièce.',
      'Retraité depuis deux ans, j’ai passé toute ma carrière dans l’industrie automobile, de régleur à responsable qualité. Je témoigne auprès des jeunes pour leur dire que l’industrie offre de belles évolutions à ceux qui s’accrochent.',
    ],
    careerPaths: [
      'Bac S, puis BUT Qualité, logistique industrielle et organisation. J’ai fait mon alternance chez un équipementier du Douaisis, qui m’a embauchée comme technicienne qualité. Une formation d’ingénieur en cours d’emploi m’a permis de devenir responsable du service.',
      'J’ai commencé à dix-huit ans comme régleur sur presses à injecter, avec un bac pro. J’ai appris énormément sur le terrain. Au fil des années et des formations internes, je suis passé au contrôle, puis à l’animation qualité. J’ai terminé responsable qualité d’un site de quatre cents personnes.',
      'École d’ingénieurs généraliste, puis un premier poste dans l’aéronautique dans le sud. Je suis revenu dans les Hauts-de-France pour des raisons familiales et j’ai rejoint un équipementier automobile. Le rythme est soutenu mais passionnant.',
    ],
    interventions: ['classroom_talk', 'forum', 'company_visit', 'individual_testimony'],
    publics: ['high_school', 'students', 'apprentices', 'parents'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — I. Installation et maintenance
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'I',
    jobTitle: 'Technicienne de maintenance industrielle',
    voice: 'f',
    organisations: ['Verrerie Industrielle de l’Aa', 'Maintenance Services Nord', 'Papeteries du Cambrésis'],
    presentations: [
      'Quand une machine tombe en panne dans l’usine, c’est mon équipe qui intervient. Je diagnostique, je répare, et surtout je prépare la maintenance préventive pour éviter les arrêts. Mécanique, électricité, automatisme : je touche à tout et je ne m’ennuie jamais.',
      'Je travaille en maintenance dans une verrerie qui tourne jour et nuit. Les fours ne s’arrêtent jamais, alors il faut être réactive et organisée. Je viens parler d’un métier très recherché, où les jeunes diplômés trouvent un emploi immédiatement.',
      'Technicienne de maintenance, je suis la seule femme de mon équipe et tout se passe très bien. J’aime montrer aux élèves des capteurs, des automates, et leur faire comprendre qu’on a besoin de bras mais aussi de têtes dans l’industrie.',
    ],
    careerPaths: [
      'Bac pro Maintenance des systèmes de production connectés, puis BTS Maintenance des systèmes en apprentissage dans une papeterie. Embauchée à la sortie, j’ai évolué vers un poste de technicienne méthodes maintenance au bout de cinq ans.',
      'J’ai fait un bac général et une année de médecine qui ne me plaisait pas. Je bricolais depuis toujours. J’ai tenté un BUT Génie industriel et maintenance, en alternance, et j’ai adoré. Je suis maintenant technicienne dans une verrerie.',
      'Ancienne opératrice de production, j’ai demandé une formation de technicienne de maintenance à mon employeur. Pendant deux ans, j’ai alterné l’usine et le centre de formation. C’était exigeant avec deux enfants, mais aujourd’hui mon salaire et mon quotidien ont changé.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'apprentices', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'I',
    jobTitle: 'Installateur de pompes à chaleur',
    voice: 'm',
    organisations: ['Énergies Renouvelables du Boulonnais', 'Thermique Services Lambert', 'Chauffage et Climat de la Thiérache'],
    presentations: [
      'J’installe et j’entretiens des pompes à chaleur, des chaudières et des systèmes de ventilation chez des particuliers. Avec la transition énergétique, nos carnets de commandes sont pleins. J’aime expliquer aux jeunes que mon métier contribue concrètement au climat.',
      'Chauffagiste et frigoriste, je dépanne et j’installe des équipements dans les maisons et les petits commerces. Il faut être autonome, savoir parler aux clients et être à l’aise avec l’électricité comme avec la plomberie. Le secteur manque de bras.',
      'Je dirige une petite entreprise de six salariés spécialisée dans les énergies renouvelables. J’accueille souvent des apprentis et des stagiaires de troisième. Je veux montrer que nos métiers sont techniques, modernes et bien rémunérés.',
    ],
    careerPaths: [
      'CAP Monteur en installations thermiques, puis bac pro en alternance. J’ai passé l’attestation pour manipuler les fluides frigorigènes et suivi des formations chez les fabricants. Après dix ans comme salarié, j’ai créé mon entreprise.',
      'J’étais électricien dans le bâtiment. J’ai vu la demande exploser pour les pompes à chaleur et je me suis formé en trois mois, grâce à mon compte formation. Cette double compétence est très appréciée par les clients et les employeurs.',
      'J’ai fait un BTS Fluides, énergies, domotique en alternance dans une entreprise de chauffage. J’ai ensuite été technicien de maintenance pendant quelques années, puis chef d’équipe installation. Je prépare actuellement la reprise de l’entreprise.',
    ],
    interventions: ['classroom_talk', 'forum', 'discovery_internship', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'apprentices', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'I',
    jobTitle: 'Technicien de maintenance éolienne',
    voice: 'm',
    organisations: ['Vents du Nord Maintenance', 'Éolien Services Picardie', 'Parc Énergies des Plateaux'],
    presentations: [
      'Je grimpe dans des éoliennes de plus de cent mètres pour les entretenir et les réparer : mécanique, hydraulique, électricité. On travaille toujours en binôme et la sécurité est permanente. La vue d’en haut, au-dessus des champs de la Somme, est incroyable.',
      'Technicien de maintenance éolienne, je fais de la prévention, du dépannage et des inspections. Il faut aimer le travail en hauteur, être en bonne forme physique et accepter de se déplacer. Je viens parler d’un métier d’avenir au cœur de la transition énergétique.',
      'Je travaille sur un parc éolien de la région et j’encadre des apprentis. Je peux présenter nos équipements de sécurité, nos outils de diagnostic, et raconter une journée type, de la montée à la descente. Les élèves ont toujours beaucoup de questions.',
    ],
    careerPaths: [
      'Bac pro Métiers de l’électricité, puis BTS Maintenance des systèmes option systèmes éoliens en alternance. J’ai obtenu les certifications de travail en hauteur et de secourisme. J’ai été embauché par l’entreprise où j’étais apprenti.',
      'J’étais mécanicien poids lourds. Je cherchais un métier plus varié et plus en accord avec mes valeurs. J’ai suivi une formation qualifiante de technicien éolien de plusieurs mois, puis j’ai été recruté. Mes compétences en hydraulique m’ont beaucoup servi.',
      'J’ai passé sept ans dans l’armée, dans les transmissions. En quittant l’uniforme, j’ai cherché un métier technique et physique. Un accompagnement à la reconversion m’a conduit vers l’éolien. Aujourd’hui, je suis chef d’équipe sur un parc d’une trentaine de machines.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'apprentices', 'adults_retraining'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — J. Santé
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'J',
    jobTitle: 'Infirmière en service de réanimation',
    voice: 'f',
    organisations: ['Clinique des Trois Rivières', 'Centre hospitalier de la Vallée de la Canche', 'Hôpital privé du Val de Lys'],
    presentations: [
      'Je travaille en réanimation, auprès de patients dans un état grave. Surveillance, soins techniques, lien avec les familles : chaque journée est intense. Je viens parler du métier d’infirmière tel qu’il est, avec ses difficultés et tout ce qu’il apporte humainement.',
      'Infirmière depuis douze ans, j’ai travaillé en chirurgie, en pédiatrie puis en réanimation. Ce que j’aime, c’est la diversité des parcours possibles dans ce métier. J’aime échanger avec des lycéens qui hésitent à se lancer dans les études de santé.',
      'Je suis infirmière de nuit dans une clinique. Le rythme est particulier, mais l’équipe est soudée. J’accompagne aussi des étudiants en stage. Je peux intervenir en classe ou à distance pour expliquer les études en IFSI et les débouchés.',
    ],
    careerPaths: [
      'Bac ST2S, puis trois ans en institut de formation en soins infirmiers à Amiens. Mon premier poste était en médecine gériatrique, ce qui m’a énormément appris. J’ai ensuite demandé à rejoindre la réanimation, où je suis depuis six ans.',
      'J’ai d’abord été aide-soignante pendant huit ans. Mon hôpital a financé mes études d’infirmière dans le cadre de la promotion professionnelle. Reprendre les cours à trente ans n’était pas facile, mais j’étais tellement motivée que tout s’est bien passé.',
      'Après un bac général, j’ai tenté la première année de médecine sans succès. Je me suis réorientée en IFSI via la plateforme d’admission. Finalement, ce métier me correspond mieux : je suis au plus près des patients. Je prépare aujourd’hui une spécialisation d’infirmière anesthésiste.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'students', 'parents'],
  },
  {
    type: 'professional',
    sector: 'J',
    jobTitle: 'Préparateur en pharmacie',
    voice: 'm',
    organisations: ['Pharmacie de la Place d’Armes', 'Pharmacie des Hortillonnages', 'Pharmacie centrale du Laonnois'],
    presentations: [
      'Je délivre les médicaments sur ordonnance, je conseille les patients, je prépare certaines préparations et je gère les stocks. Je travaille sous la responsabilité du pharmacien, mais avec beaucoup d’autonomie. C’est un métier de santé et de contact.',
      'Préparateur en officine, je connais la plupart des patients du quartier par leur prénom. Il faut de la rigueur, une bonne mémoire et beaucoup d’écoute. Je viens présenter un métier accessible par l’apprentissage et qui recrute partout dans la région.',
      'Je travaille dans une pharmacie rurale où l’on fait aussi de la location de matériel médical et du conseil en orthopédie. J’aime expliquer aux jeunes qu’on peut travailler dans la santé sans faire de longues études.',
    ],
    careerPaths: [
      'Bac ST2S, puis brevet professionnel de préparateur en pharmacie en apprentissage dans l’officine où je travaille toujours. Aujourd’hui, la formation est devenue un diplôme universitaire, toujours en alternance. J’encadre moi-même un apprenti.',
      'Après un bac pro commerce, j’ai été vendeur en parapharmacie. J’ai eu envie d’aller plus loin dans le conseil santé et j’ai repris une formation de préparateur en alternance. Mon expérience de la vente m’a beaucoup aidé.',
      'J’ai commencé des études de pharmacie que je n’ai pas terminées. J’ai rebondi en préparant le diplôme de préparateur. Je me suis ensuite spécialisé dans l’orthopédie et le matériel médical pour les personnes âgées. Je conseille aussi les familles qui accompagnent un proche à domicile.',
    ],
    interventions: ['classroom_talk', 'forum', 'discovery_internship', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'apprentices', 'young_neet'],
  },
  {
    type: 'professional',
    sector: 'J',
    jobTitle: 'Manipulatrice en électroradiologie médicale',
    voice: 'f',
    organisations: ['Centre d’imagerie médicale de la Lys', 'Polyclinique du Hainaut', 'Centre hospitalier des Marches de Picardie'],
    presentations: [
      'Je réalise des radios, des scanners et des IRM, et je participe aussi à des traitements de radiothérapie. Il faut maîtriser des machines très pointues tout en rassurant des patients souvent inquiets. Ce mélange de technique et d’humain me plaît énormément.',
      'Manipulatrice radio dans un centre d’imagerie, je suis en contact avec des dizaines de patients chaque jour. Le métier est peu connu des jeunes, alors qu’il y a de nombreux postes à pourvoir. Je suis ravie d’en parler en classe ou en visio.',
      'Je travaille aux urgences, en imagerie. On réalise les examens dont les médecins ont besoin pour poser un diagnostic rapide. J’aime expliquer aux lycéens que ce métier associe physique, anatomie et relationnel.',
    ],
    careerPaths: [
      'Bac général avec spécialités physique et SVT, puis diplôme d’État de manipulateur en électroradiologie médicale en trois ans. Mes stages m’ont fait découvrir la radiothérapie et l’imagerie. J’ai choisi l’imagerie et j’ai été embauchée dans un hôpital public.',
      'J’ai commencé un BUT Mesures physiques. Un stage dans un service d’imagerie m’a donné envie de travailler dans la santé. Je me suis réorientée vers un diplôme de manipulatrice. Aujourd’hui, je suis référente IRM dans un centre privé.',
      'Après avoir été secrétaire médicale dans un cabinet de radiologie pendant six ans, j’ai repris les études à vingt-huit ans pour devenir manipulatrice. Mon employeur m’a soutenue, et j’ai retrouvé ma place dans la même équipe, avec un nouveau rôle.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'adults_retraining', 'educational_teams'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — K. Services à la personne et à la collectivité
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'K',
    jobTitle: 'Auxiliaire de vie sociale',
    voice: 'n',
    organisations: [
      'Association Bien Vivre à Domicile',
      'Service d’aide à domicile du Montreuillois',
      'Entraide et Services de la Thiérache',
    ],
    presentations: [
      'J’aide des personnes âgées ou en situation de handicap à rester chez elles : toilette, repas, courses, petites sorties et surtout beaucoup de présence. Je suis souvent la seule visite de la journée. C’est un métier qui a du sens, et on manque de monde.',
      'Auxiliaire de vie depuis quinze ans, je sillonne les villages en voiture. Je connais les familles, les histoires de chacun. Je viens dire aux jeunes et aux adultes en reconversion que ce métier mérite d’être mieux connu et reconnu.',
      'Je travaille au domicile de personnes dépendantes, en lien avec les infirmiers et les familles. Il faut de la patience, de l’écoute, de la discrétion. Je peux parler des formations, des conditions de travail et des évolutions possibles.',
    ],
    careerPaths: [
      'J’ai passé un CAP Assistant technique en milieu familial et collectif. J’ai enchaîné des remplacements dans une association, puis un CDI. J’ai ensuite obtenu le diplôme d’accompagnant éducatif et social. Je suis aujourd’hui référente pour les nouvelles collègues.',
      'J’ai été caissière pendant dix ans. Quand ma mère est tombée malade, je me suis occupée d’elle et j’ai découvert que j’aimais prendre soin des autres. J’ai suivi une formation d’assistante de vie aux familles et j’ai été embauchée dans une association.',
      'Après un bac pro Accompagnement, soins et services à la personne, j’ai travaillé en maison de retraite. J’ai préféré l’autonomie du domicile. Je prépare aujourd’hui un diplôme de coordinatrice pour organiser les plannings des intervenantes.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['high_school', 'young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'professional',
    sector: 'K',
    jobTitle: 'Éducateur spécialisé',
    voice: 'm',
    organisations: ['Foyer éducatif Les Tilleuls', 'Institut médico-éducatif du Val de Somme', 'Association Passerelles Jeunesse'],
    presentations: [
      'J’accompagne des adolescents placés par la protection de l’enfance. Mon rôle : les aider à reprendre confiance, à construire un projet, à retrouver un lien avec l’école ou la formation. C’est exigeant émotionnellement, mais chaque petite victoire compte.',
      'Éducateur dans un institut médico-éducatif, je travaille avec des jeunes en situation de handicap. Ateliers, sorties, insertion professionnelle : je cherche à développer leur autonomie. Je viens présenter les métiers du social, très divers et trop peu connus.',
      'Je suis éducateur de prévention dans les quartiers. Je vais à la rencontre des jeunes, là où ils sont. Je parle volontiers avec des lycéens ou des équipes éducatives de ce métier de terrain et de relation, ainsi que des formations pour y accéder.',
    ],
    careerPaths: [
      'Bac ES, puis trois ans de formation d’éducateur spécialisé dans un institut de travail social, avec de nombreux stages. Mon premier poste était en foyer pour adolescents. J’y ai appris l’essentiel de mon métier. Je travaille aujourd’hui en milieu ouvert, auprès de familles.',
      'J’ai été animateur sportif pendant plusieurs années. Je voyais que certains jeunes avaient besoin d’un accompagnement plus profond. J’ai passé le diplôme de moniteur-éducateur, puis celui d’éducateur spécialisé en cours d’emploi.',
      'Après une licence de psychologie, je ne voulais pas faire un master. J’ai été surveillant dans un collège, puis j’ai préparé le diplôme d’éducateur spécialisé en apprentissage. Aujourd’hui, je suis aussi formateur occasionnel pour les étudiants.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['high_school', 'students', 'young_neet', 'educational_teams'],
  },
  {
    type: 'professional',
    sector: 'K',
    jobTitle: 'Secrétaire de mairie',
    voice: 'n',
    organisations: ['Mairie de Saint-Aubin-des-Prés', 'Syndicat intercommunal du Bocage', 'Communauté de communes des Trois Vallées'],
    presentations: [
      'Je suis le bras droit du maire dans une commune rurale de huit cents habitants. État civil, urbanisme, budget, élections, accueil du public : je fais un peu de tout. C’est un métier de service public, polyvalent et au cœur de la vie locale.',
      'Secrétaire générale d’une petite commune, je travaille avec les élus et les habitants. Chaque jour apporte sa question : un permis de construire, un mariage, un problème de voirie. Les collectivités recrutent beaucoup dans ces fonctions.',
      'Je partage mon temps entre trois petites communes. J’aime expliquer aux jeunes et aux adultes en reconversion qu’on peut entrer dans la fonction publique territoriale par concours, mais aussi comme contractuel, puis évoluer.',
    ],
    careerPaths: [
      'Bac pro Gestion-administration, puis BTS Support à l’action managériale. J’ai été assistante dans une entreprise de transport, puis j’ai répondu à une annonce de la mairie de mon village. J’ai passé le concours d’adjoint administratif, puis celui de rédacteur.',
      'J’ai fait une licence d’administration publique à Lille, puis une préparation aux concours. En attendant les résultats, j’ai accepté un remplacement de secrétaire de mairie. Le métier m’a tellement plu que j’y suis restée.',
      'Ancien commercial, j’ai voulu quitter le privé pour un travail plus stable et plus utile. J’ai suivi une formation dédiée aux secrétaires de mairie, organisée par le centre de gestion du département, avec un stage en commune. J’ai été recruté juste après.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'discovery_internship'],
    publics: ['high_school', 'students', 'job_seekers', 'adults_retraining'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — L. Spectacle
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'L',
    jobTitle: 'Régisseuse lumière',
    voice: 'f',
    organisations: ['Théâtre des Trois Ponts', 'Scène conventionnée du Boulonnais', 'Salle de concerts Le Chevalement'],
    presentations: [
      'Je conçois et je règle les éclairages des spectacles : théâtre, danse, concerts. Je travaille avec les metteurs en scène pour créer des ambiances, puis je pilote la console pendant les représentations. Un métier technique et artistique, souvent la nuit.',
      'Régisseuse lumière dans un théâtre, je prépare l’accueil des compagnies, je monte les projecteurs et je programme les effets. Je suis intermittente, avec des contrats variés. J’aime faire découvrir aux jeunes les coulisses d’un spectacle.',
      'Je travaille pour une salle de concerts et je pars parfois en tournée avec des groupes. Je viens montrer nos outils, des consoles aux projecteurs automatisés, et parler des formations qui existent dans la région.',
    ],
    careerPaths: [
      'Bac pro Systèmes numériques, puis DMA Régie du spectacle, option lumière. J’ai commencé comme technicienne polyvalente dans un théâtre, puis je me suis spécialisée. Je suis intermittente depuis huit ans. J’accueille régulièrement des stagiaires en régie.',
      'Je faisais du théâtre amateur au lycée et je passais plus de temps en régie que sur scène. Après une licence d’arts du spectacle, j’ai suivi une formation technique dans un centre de formation professionnelle du spectacle. Mon réseau s’est construit petit à petit.',
      'J’ai été électricienne dans le bâtiment pendant cinq ans. Un ami régisseur m’a proposé un coup de main sur un festival. J’ai adoré. Je me suis formée aux techniques du spectacle en formation continue et je suis aujourd’hui régisseuse principale d’une salle.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'forum', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'students', 'educational_teams'],
  },
  {
    type: 'professional',
    sector: 'L',
    jobTitle: 'Comédien en compagnie théâtrale',
    voice: 'm',
    organisations: ['Compagnie Les Semeurs de Rêves', 'Compagnie du Terril Bleu', 'Collectif Scènes de Picardie'],
    presentations: [
      'Je joue dans des spectacles qui tournent dans les théâtres, les salles des fêtes et les collèges de la région. Je mène aussi des ateliers avec des jeunes. Vivre de son art demande beaucoup de travail et d’organisation, et j’aime en parler franchement.',
      'Comédienne et metteuse en scène dans une compagnie, je crée des spectacles à partir de témoignages d’habitants. J’interviens souvent dans les établissements scolaires. Je peux aussi présenter l’intermittence, le statut qui permet de vivre du spectacle.',
      'Je suis comédien depuis quinze ans, au théâtre et parfois à l’écran. Je viens raconter la réalité du métier : castings, répétitions, tournées, périodes creuses, et toutes les compétences qu’on développe, de l’expression orale à la confiance en soi.',
    ],
    careerPaths: [
      'Bac littéraire option théâtre, puis conservatoire à rayonnement régional pendant trois ans. J’ai rejoint une compagnie en sortant, et j’ai obtenu mon statut d’intermittent au bout de deux ans. Je joue aujourd’hui dans trois spectacles en tournée.',
      'Je n’ai jamais pris de cours de théâtre avant vingt ans. J’étudiais le droit. Un atelier universitaire a tout changé. J’ai passé les auditions d’une école supérieure d’art dramatique et j’ai été prise à ma deuxième tentative.',
      'J’ai commencé par l’animation socioculturelle, avec des ateliers d’expression pour les jeunes. Peu à peu, je suis montée sur scène avec une compagnie amateur, puis professionnelle. J’ai fondé ma propre compagnie il y a six ans.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'students', 'educational_teams'],
  },
  {
    type: 'professional',
    sector: 'L',
    jobTitle: 'Machiniste et technicien plateau',
    voice: 'm',
    organisations: ['Grand Théâtre lyrique des Hauts', 'Théâtre municipal des Remparts', 'Centre culturel La Tisseranderie'],
    presentations: [
      'Retraité depuis deux ans, j’ai été machiniste pendant trente ans. Je montais et démontais les décors, je faisais les changements à vue pendant les spectacles. Je viens raconter les coulisses, avec des anecdotes et beaucoup d’amour pour ce métier de l’ombre.',
      'Technicien plateau dans un théâtre, je construis et manipule les décors, j’accroche les équipements et j’assure la sécurité de la scène. C’est un travail d’équipe, physique et précis. Je peux accueillir des classes pour une visite des cintres et des dessous de scène.',
      'Je suis machiniste intermittent et je travaille pour plusieurs lieux et festivals de la région. Je veux montrer que le spectacle a besoin de techniciens autant que d’artistes, et qu’il existe des formations courtes pour y entrer.',
    ],
    careerPaths: [
      'CAP Menuisier, puis quelques années en atelier. Un théâtre cherchait un menuisier pour ses décors : j’ai postulé et j’ai appris le métier de machiniste sur place. J’ai fini chef machiniste, responsable d’une équipe de huit personnes.',
      'J’ai découvert le spectacle comme bénévole dans un festival. Après un bac pro Technicien de scénographie, j’ai commencé à travailler comme intermittent sur des montages. Je me suis spécialisé dans l’accroche et le travail en hauteur.',
      'Je suis passé par plusieurs métiers manuels avant de trouver ma voie. Une formation de technicien du spectacle vivant, suivie en reconversion, m’a ouvert les portes des théâtres de la région. Je suis aujourd’hui technicien permanent.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'individual_testimony', 'forum'],
    publics: ['middle_school', 'high_school', 'young_neet', 'adults_retraining'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — M. Support à l’entreprise
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'M',
    jobTitle: 'Comptable en cabinet d’expertise',
    voice: 'f',
    organisations: ['Cabinet Fournier Expertise & Conseil', 'Audit Comptable de l’Artois', 'Nord Gestion Associés'],
    presentations: [
      'Je tiens la comptabilité d’une quarantaine de clients : artisans, commerçants, agriculteurs, associations. Je prépare leurs bilans, leurs déclarations fiscales et je les conseille. Un métier loin des clichés : on parle beaucoup avec les clients et on comprend comment vivent les entreprises.',
      'Comptable en cabinet, j’aime les chiffres mais surtout ce qu’ils racontent. Le métier se digitalise et devient de plus en plus un métier de conseil. Je viens expliquer aux lycéens les différentes voies pour y arriver, du BTS à l’expertise comptable.',
      'Je suis collaboratrice comptable et tutrice d’alternants. Nous recrutons chaque année sans trouver assez de candidats. Je présente un métier stable, qui permet le télétravail partiel et de belles évolutions.',
    ],
    careerPaths: [
      'Bac STMG, puis BTS Comptabilité et gestion en alternance dans le cabinet où je suis toujours. J’ai enchaîné avec le diplôme de comptabilité et de gestion, en cours du soir. Je gère aujourd’hui mon propre portefeuille de clients.',
      'J’ai fait une licence de gestion à l’université, puis un master comptabilité-contrôle-audit en alternance. Je prépare maintenant le diplôme d’expertise comptable pour devenir associée un jour. En parallèle, j’accompagne les alternants du cabinet.',
      'J’ai commencé comme aide-comptable dans une entreprise de transport, sans diplôme spécifique, après un bac pro vente. J’ai appris sur le tas, puis j’ai validé un titre professionnel de gestionnaire comptable. J’ai ensuite rejoint un cabinet pour gagner en variété.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'apprentices', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'M',
    jobTitle: 'Chargée de recrutement',
    voice: 'f',
    organisations: ['Groupe Logistique Scarpe-Escaut', 'Intérim Solutions Picardie', 'Ressources Humaines du Littoral'],
    presentations: [
      'Je recrute des profils variés pour une entreprise régionale : caristes, techniciens, comptables, commerciaux. Je rédige les annonces, je fais passer des entretiens et j’accompagne l’intégration. J’aime donner aux jeunes des conseils concrets pour leur CV et leurs entretiens.',
      'Chargée de recrutement en agence d’emploi, je rencontre chaque semaine des dizaines de candidats. Mon travail, c’est de voir le potentiel de chacun, au-delà du diplôme. Je peux animer des simulations d’entretien en classe ou en visio.',
      'Je travaille au service ressources humaines d’une entreprise industrielle. Je participe aux forums de l’emploi et aux journées portes ouvertes. Je viens expliquer comment les recruteurs lisent une candidature et quels métiers recrutent vraiment.',
    ],
    careerPaths: [
      'Licence de psychologie, puis master en gestion des ressources humaines en alternance. Mon premier poste était en agence d’intérim, une excellente école. J’ai rejoint ensuite le service RH d’une entreprise de logistique.',
      'Après un BTS Gestion de la PME, j’ai été assistante RH dans une usine. J’ai découvert le recrutement en aidant ma responsable lors d’une campagne d’embauches. J’ai suivi une licence professionnelle RH en alternance pour me spécialiser.',
      'J’étais commerciale dans l’immobilier. Je cherchais un métier toujours tourné vers l’humain, mais plus en accord avec mes valeurs. Un bilan de compétences m’a orientée vers le recrutement. Mon expérience commerciale est un vrai atout dans ce métier.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'young_neet', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'M',
    jobTitle: 'Administratrice systèmes et réseaux',
    voice: 'f',
    organisations: ['Hébergement Numérique du Nord', 'Service informatique de la Clinique des Trois Rivières', 'Cyber Sécurité Flandres'],
    presentations: [
      'Je m’occupe des serveurs, du réseau et de la sécurité informatique d’une entreprise de trois cents salariés. Je fais en sorte que tout fonctionne et je protège les données contre les attaques. Quand tout va bien, personne ne me voit, et c’est tant mieux !',
      'Administrateur réseaux dans un hébergeur de données, je surveille des salles de serveurs et j’automatise des tâches. La cybersécurité est un enjeu énorme et les entreprises de la région recrutent. Je viens donner envie aux élèves de s’y intéresser.',
      'Je suis administratrice systèmes dans un établissement de santé. Je gère les postes, les logiciels métiers et la sécurité. Je peux parler des formations courtes et longues en informatique, et du fait qu’on peut débuter par l’alternance.',
    ],
    careerPaths: [
      'Bac STI2D, puis BTS Services informatiques aux organisations, option réseaux. Une licence professionnelle en alternance m’a permis d’obtenir mon premier poste de technicien. Je suis devenu administrateur au bout de trois ans.',
      'J’ai quitté le lycée sans diplôme. Je passais mes nuits à monter des ordinateurs. À vingt ans, j’ai intégré une formation de technicien d’assistance informatique pour jeunes sans qualification. J’ai ensuite évolué, certification après certification.',
      'Diplômée d’un BUT Réseaux et télécommunications, j’ai travaillé dans un opérateur régional avant de rejoindre le secteur de la santé. J’aime l’idée que mon travail contribue à la qualité des soins, même indirectement.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'company_visit'],
    publics: ['middle_school', 'high_school', 'students', 'young_neet'],
  },
  // ---------------------------------------------------------------------------
  // Professionnels — N. Transport et logistique
  // ---------------------------------------------------------------------------
  {
    type: 'professional',
    sector: 'N',
    jobTitle: 'Conducteur routier poids lourds',
    voice: 'm',
    organisations: ['Transports du Ternois', 'Messageries Picardes', 'Frigo Express des Flandres'],
    presentations: [
      'Je conduis un semi-remorque frigorifique et je livre des produits frais dans toute la région et vers la Belgique. Je suis autonome, je gère mes horaires dans le respect de la réglementation. Le métier manque de conducteurs, et les femmes sont les bienvenues.',
      'Conductrice routière en régional, je rentre chez moi tous les soirs. J’aime la route, le contact avec les clients et la responsabilité de mon véhicule. Je viens expliquer aux jeunes que le transport ouvre de vraies carrières.',
      'Chauffeur poids lourds depuis vingt ans, je suis aujourd’hui tuteur des nouveaux conducteurs de l’entreprise. Je parle de sécurité, d’éco-conduite, de la vie sur la route et des formations financées pour obtenir le permis.',
    ],
    careerPaths: [
      'CAP Conducteur routier de marchandises en apprentissage, qui m’a permis de passer le permis poids lourd à dix-huit ans. J’ai commencé en livraison locale, puis en national. Je fais aujourd’hui du régional pour concilier vie familiale et métier.',
      'J’étais assistante de gestion et je m’ennuyais au bureau. J’ai financé ma formation de conductrice grâce à mon compte formation et à une aide régionale. À trente-deux ans, j’ai découvert un métier où je me sens enfin à ma place.',
      'Après un bac pro mécanique, j’ai été mécanicien poids lourds. Je voulais conduire les camions que je réparais ! Mon entreprise m’a financé le permis et une formation initiale minimale obligatoire. Depuis, je fais les deux, selon les besoins.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'young_neet', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'N',
    jobTitle: 'Cheffe d’équipe en entrepôt logistique',
    voice: 'f',
    organisations: ['Plateforme Logistique de l’Artois', 'Entrepôts du Canal Seine-Nord', 'Log’Hainaut Distribution'],
    presentations: [
      'J’encadre une équipe de vingt préparateurs de commandes et caristes dans un entrepôt de produits pour la maison. J’organise les flux, je veille à la sécurité et je motive les troupes. La logistique est un secteur qui embauche énormément dans la région.',
      'Cheffe d’équipe en entrepôt e-commerce, je gère des milliers de colis chaque jour. Outils numériques, scanners, robots : le métier a beaucoup évolué. Je peux organiser la visite de notre site pour montrer la réalité d’un entrepôt moderne.',
      'Je suis responsable d’une équipe de réception dans un entrepôt de la grande distribution. J’aime montrer aux jeunes sans diplôme qu’on peut entrer comme préparateur et évoluer vite, en se formant au fil du temps.',
    ],
    careerPaths: [
      'J’ai commencé en intérim comme préparatrice de commandes, à vingt ans, sans diplôme. J’ai passé mes autorisations de conduite de chariots élévateurs, puis on m’a proposé un poste de cariste. Au bout de cinq ans, je suis devenue cheffe d’équipe.',
      'Bac pro Logistique, puis BTS Gestion des transports et logistique associée en alternance dans un grand entrepôt. J’ai été recrutée comme adjointe au responsable de quai. Je suis aujourd’hui cheffe d’équipe et je prépare un poste de responsable d’exploitation.',
      'Après quinze ans dans la vente, j’ai voulu changer. J’ai suivi une formation de préparatrice de commandes, puis un titre professionnel de technicienne en logistique d’entreposage. Mon expérience du management en magasin m’a aidée à prendre une équipe.',
    ],
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'young_neet', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'N',
    jobTitle: 'Déclarant en douane',
    voice: 'm',
    organisations: ['Transit Maritime de Dunkerque Ouest', 'Comptoir Transmanche du Calaisis', 'Agence de Commissionnaires du Port Est'],
    presentations: [
      'Je prépare les formalités de douane pour les marchandises qui entrent et sortent par le port : conteneurs, camions, produits alimentaires. Je dois connaître la réglementation et les codes douaniers sur le bout des doigts. C’est un métier méconnu, au cœur du commerce international.',
      'Déclarante en douane dans une entreprise de transit, je travaille avec des clients du monde entier. Depuis que le Royaume-Uni a quitté l’Union européenne, notre activité a explosé sur le littoral. Je viens parler de ce métier précis, stratégique et qui recrute.',
      'Je suis responsable d’une équipe de déclarants au port. Je parle anglais tous les jours et chaque dossier est différent. J’aime montrer aux lycéens que la logistique ne se limite pas aux entrepôts et aux camions.',
    ],
    careerPaths: [
      'Bac STMG, puis BTS Commerce international. J’ai fait mon alternance dans un commissionnaire en douane au port, qui m’a embauché. J’ai suivi ensuite une formation certifiante en réglementation douanière. Je forme désormais les nouveaux déclarants de l’agence.',
      'J’ai fait une licence de langues étrangères appliquées à Boulogne-sur-Mer. Je voulais travailler avec l’anglais, mais pas dans l’enseignement. Une offre d’emploi de déclarante junior m’a intriguée. La formation interne a duré six mois et j’ai trouvé ma voie.',
      'J’ai débuté comme agent d’exploitation dans une entreprise de transport routier. J’étais souvent en contact avec les transitaires. J’ai demandé à me former à la douane et mon entreprise a accepté. Je suis aujourd’hui chef d’équipe transit.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'job_seekers', 'educational_teams'],
  },
  // ---------------------------------------------------------------------------
  // Élèves, apprentis et étudiants
  // ---------------------------------------------------------------------------
  {
    type: 'student_apprentice',
    sector: 'A',
    jobTitle: 'Apprenti en BTSA Agronomie et cultures durables',
    voice: 'm',
    organisations: ['Lycée agricole des Terres de Somme', 'CFA agricole du Haut-Artois', 'Campus rural de la Thiérache'],
    presentations: [
      'Je suis en BTSA en alternance : deux semaines au lycée agricole, deux semaines sur une exploitation de grandes cultures. J’apprends l’agronomie, la gestion des sols, les outils numériques agricoles. Je viens raconter à quoi ressemble l’enseignement agricole, souvent méconnu.',
      'Apprenti dans une ferme qui cultive des pommes de terre et des légumes de plein champ, je prépare un BTSA. Je ne suis pas issu du milieu agricole et je veux montrer que c’est possible. J’aime répondre aux questions des collégiens sur l’alternance.',
      'En deuxième année de BTSA, je fais mon alternance chez un agriculteur engagé dans l’agriculture de conservation. J’espère m’installer un jour. Je peux parler de mon quotidien, des stages et de la vie à l’internat.',
    ],
    careerPaths: [
      'Après la troisième, je suis entré en seconde professionnelle au lycée agricole, puis j’ai obtenu un bac pro Conduite et gestion de l’entreprise agricole. J’ai enchaîné avec un BTSA en apprentissage pour acquérir plus de technique et de gestion.',
      'J’ai fait un bac général avec des spécialités scientifiques. Je ne voulais pas aller à la fac et j’avais adoré mes étés de travail dans une ferme voisine. Le BTSA en alternance était la bonne solution : je suis payé et j’apprends le métier sur le terrain.',
      'Mes grands-parents étaient agriculteurs, mais mes parents non. J’ai fait une première année de BUT Génie biologique qui ne me convenait pas. Un salon de l’orientation m’a fait découvrir les BTSA en apprentissage. J’ai trouvé une exploitation d’accueil en deux semaines.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'parents', 'young_neet'],
  },
  {
    type: 'student_apprentice',
    sector: 'B',
    jobTitle: 'Apprentie en CAP Tapissière d’ameublement',
    voice: 'f',
    organisations: ['CFA des Métiers d’Art du Nord', 'Atelier Sièges & Étoffes', 'Lycée des métiers du Bois et du Tissu'],
    presentations: [
      'Je prépare un CAP Tapissière d’ameublement en apprentissage. Je refais des fauteuils anciens, des chaises et des têtes de lit : sanglage, garnissage, couverture. J’adore redonner vie à des meubles abîmés. Je viens montrer mes outils et des échantillons.',
      'Apprentie dans un petit atelier de tapisserie, je suis en deuxième année de CAP. Les métiers d’art manquent d’apprentis alors que les artisans partent à la retraite. Je veux donner envie aux collégiens de s’y intéresser.',
      'En CAP en alternance, je partage mon temps entre le CFA et l’atelier. J’aime le côté minutieux et créatif du métier. J’explique volontiers comment j’ai trouvé mon maître d’apprentissage et comment se passe une semaine type.',
    ],
    careerPaths: [
      'Au collège, j’aimais la couture et les travaux manuels. J’ai fait mon stage de troisième chez une tapissière et j’ai su que c’était ce que je voulais faire. J’ai commencé le CAP juste après, en apprentissage dans le même atelier.',
      'J’ai eu un bac général, puis j’ai commencé une licence d’histoire de l’art. J’avais envie de concret. J’ai trouvé un atelier qui m’a prise en apprentissage en CAP en un an, grâce à mon bac. Je compte ensuite préparer un brevet des métiers d’art.',
      'Après plusieurs années comme employée de bureau, j’ai voulu changer de vie. À vingt-huit ans, j’ai signé un contrat d’apprentissage en CAP. Je suis la plus âgée de ma promo, mais l’ambiance est excellente et je progresse vite.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'adults_retraining', 'parents'],
  },
  {
    type: 'student_apprentice',
    sector: 'C',
    jobTitle: 'Apprenti en BTS Banque conseiller de clientèle',
    voice: 'm',
    organisations: [
      'CFA des Métiers de la Banque et de la Finance de Lille-Sud',
      'Lycée du Tertiaire Les Hauts de Flandre',
      'Crédit des Deux Vallées',
    ],
    presentations: [
      'Je suis en BTS Banque en alternance : une semaine en cours, une semaine en agence. J’accueille les clients, je traite des opérations et je commence à suivre mes propres rendez-vous. Je viens parler de l’alternance dans le tertiaire, une vraie chance pour moi.',
      'Apprenti conseiller bancaire, je découvre un métier plus humain que ce que j’imaginais. J’aime présenter aux lycéens ma formation, le rythme, la rémunération de l’apprenti et la façon dont on trouve une entreprise.',
      'En deuxième année de BTS, je prépare mon examen tout en travaillant dans une agence de centre-ville. Je peux échanger avec des lycéens qui hésitent entre la fac, un BTS en initial ou l’alternance.',
    ],
    careerPaths: [
      'J’ai obtenu un bac STMG avec mention. Mes professeurs me conseillaient la fac, mais je voulais être payé et gagner en expérience. J’ai envoyé une trentaine de candidatures et une agence m’a recruté. Je suis très content de ce choix.',
      'Après un bac pro Métiers de l’accueil, j’ai travaillé un an en restauration rapide. Je voulais reprendre des études sans dépendre de mes parents. L’alternance en BTS Banque m’a permis d’avoir un salaire et un diplôme reconnu.',
      'Je suis parti en licence d’économie après un bac général, mais la fac était trop abstraite pour moi. J’ai fait une réorientation en cours d’année grâce à un forum de l’alternance. Je commence ma deuxième année et j’ai déjà une promesse d’embauche.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'young_neet'],
  },
  {
    type: 'student_apprentice',
    sector: 'D',
    jobTitle: 'Lycéenne en bac pro Métiers du commerce et de la vente',
    voice: 'f',
    organisations: ['Lycée professionnel des Deux Caps', 'Lycée polyvalent du Val de Sensée', 'Lycée des métiers Pierre-et-Brique'],
    presentations: [
      'Je suis en terminale bac pro Métiers du commerce et de la vente. On apprend la vente, la gestion d’un rayon, la relation client, mais aussi la prospection. Mes stages en magasin de sport m’ont confirmé que je voulais continuer dans ce domaine.',
      'Élève en première bac pro commerce, j’alterne les cours au lycée et les périodes de formation en entreprise. Je veux expliquer aux collégiens que la voie professionnelle n’est pas un choix par défaut, et qu’on peut aller loin ensuite.',
      'Je prépare un bac pro commerce et je suis déléguée de ma classe. Je vais souvent aux portes ouvertes de mon lycée pour parler aux familles. J’aimerais ensuite faire un BTS en alternance et peut-être ouvrir ma boutique.',
    ],
    careerPaths: [
      'Au collège, je n’étais pas très scolaire et j’avais peur de l’orientation. Un stage de troisième dans une boutique de vêtements m’a donné confiance. J’ai choisi la seconde professionnelle famille des métiers de la relation client, puis la spécialité commerce.',
      'J’ai commencé en seconde générale, mais j’étais perdue. Je me suis réorientée en fin d’année vers la voie professionnelle, grâce à une passerelle. Depuis, mes notes ont remonté et je sais ce que je veux faire. J’aimerais poursuivre en BTS en alternance.',
      'J’ai toujours aimé parler avec les gens et vendre, même des gâteaux pour les fêtes de l’école ! J’ai choisi le bac pro commerce sans hésiter. Mes stages en grande surface et en jardinerie m’ont permis de découvrir plusieurs univers.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'parents', 'educational_teams', 'young_neet'],
  },
  {
    type: 'student_apprentice',
    sector: 'D',
    jobTitle: 'Apprenti en CAP Boulanger',
    voice: 'm',
    organisations: [
      'CFA des Métiers de Bouche du Cambrésis',
      'Boulangerie Au Pain des Flandres',
      'Institut des Métiers de l’Artisanat du Littoral',
    ],
    presentations: [
      'Je suis apprenti boulanger en première année de CAP. Je commence à quatre heures du matin au fournil, et j’apprends à faire le pain, les baguettes, les viennoiseries. Je veux montrer aux collégiens que l’apprentissage, c’est sérieux et motivant.',
      'En CAP Boulanger par apprentissage, je passe trois semaines en boulangerie et une au CFA. Mon patron me fait confiance et me laisse déjà faire une partie de la production. Je peux répondre à toutes les questions sur la vie d’apprenti.',
      'Je prépare mon CAP tout en travaillant dans une boulangerie de village. J’aime le contact avec les clients quand je donne un coup de main en boutique. Je viens parler de ce choix, que mes parents ont mis un peu de temps à accepter.',
    ],
    careerPaths: [
      'Je me suis décidé en quatrième, après une journée de découverte au CFA. J’ai fait mon stage de troisième dans la boulangerie de mon quartier, qui m’a ensuite proposé un contrat d’apprentissage. J’ai commencé juste après le brevet.',
      'J’ai passé deux ans en bac pro dans un domaine qui ne me plaisait pas. J’ai arrêté et je suis resté quelques mois sans rien faire. Une mission locale m’a aidé à trouver un patron boulanger. Aujourd’hui, je me lève avec plaisir.',
      'Après mon bac, j’ai voulu faire un métier manuel. Je suis entré en CAP Boulanger en un an, ce qui est possible quand on a déjà un diplôme. Je compte enchaîner avec un CAP Pâtissier, puis un brevet professionnel. Mon maître d’apprentissage m’encourage à passer des concours.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'young_neet', 'parents', 'apprentices'],
  },
  {
    type: 'student_apprentice',
    sector: 'E',
    jobTitle: 'Étudiant en BUT Métiers du multimédia et de l’internet',
    voice: 'm',
    organisations: ['IUT des Dunes et du Littoral', 'Institut universitaire de l’Artois numérique', 'Studio Brique & Pixel'],
    presentations: [
      'Je suis en deuxième année de BUT Métiers du multimédia et de l’internet. On touche à tout : développement web, graphisme, vidéo, communication. Je présente volontiers nos projets et la vie étudiante dans un IUT de taille humaine.',
      'Étudiante en BUT MMI en alternance dans une agence de communication, je m’occupe de réseaux sociaux et de petites vidéos. Je viens dire aux lycéens qu’on n’a pas besoin d’être un pro de l’informatique pour commencer.',
      'En troisième année de BUT, je me spécialise dans le développement web. J’ai réalisé plusieurs sites pour des associations locales. Je peux montrer mon portfolio et expliquer comment construire un dossier de candidature.',
    ],
    careerPaths: [
      'Bac général avec spécialités mathématiques et numérique. Je faisais déjà des montages vidéo pour mes amis. J’ai choisi le BUT MMI pour sa polyvalence. En deuxième année, j’ai trouvé une alternance dans une agence. Je travaille aujourd’hui sur des vidéos pour des entreprises locales.',
      'J’ai eu un bac STD2A. Je savais dessiner mais je voulais apprendre le numérique. Le BUT m’a permis d’associer les deux. Mon stage dans une salle de spectacle m’a fait découvrir la communication culturelle. J’aimerais ensuite travailler en agence ou en indépendante.',
      'Bac pro Systèmes numériques, puis une année en BTS qui ne me convenait pas. J’ai été accepté en BUT grâce à mon portfolio et à ma motivation. Les débuts ont été difficiles, mais aujourd’hui je suis à l’aise et je donne des coups de main aux premières années.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'F',
    jobTitle: 'Étudiant en BUT Génie civil – construction durable',
    voice: 'm',
    organisations: ['IUT des Collines d’Artois', 'Institut universitaire du Hainaut-Cambrésis', 'Bâtir en Hainaut'],
    presentations: [
      'Je suis en BUT Génie civil – construction durable. On apprend la conception des bâtiments, les calculs de structure, les matériaux et la gestion de chantier. Je fais mon alternance dans une entreprise de gros œuvre et j’adore aller sur le terrain.',
      'Étudiante en BUT Génie civil, je m’intéresse surtout à la rénovation énergétique. Je veux montrer aux lycéennes que le BTP a besoin d’elles, dans les bureaux d’études comme sur les chantiers.',
      'En dernière année de BUT en apprentissage, je suis assistant conducteur de travaux sur un chantier de logements. Je peux parler des différences entre BTS, BUT et école d’ingénieurs, puisque je me suis beaucoup posé la question.',
    ],
    careerPaths: [
      'Bac STI2D option architecture et construction. J’ai hésité avec un BTS Bâtiment, mais le BUT me laissait plus de possibilités pour la suite. Je pense continuer en école d’ingénieurs en alternance. L’alternance m’aidera à financer cette poursuite d’études.',
      'J’ai fait un bac général avec physique et mathématiques. Je voulais un métier concret, utile pour la planète. Un forum m’a fait découvrir le génie civil. J’ai choisi l’alternance à partir de la deuxième année. Je suis en apprentissage dans une entreprise de travaux publics.',
      'Après un bac pro Technicien du bâtiment, j’ai été accepté en BUT. Au début, les mathématiques étaient difficiles, mais l’IUT propose du soutien. Mon expérience pratique est un atout sur les chantiers. Je compte poursuivre en licence professionnelle.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'F',
    jobTitle: 'Apprentie en CAP Maçon',
    voice: 'f',
    organisations: ['CFA du Bâtiment des Flandres', 'Maçonnerie Desmarets Frères', 'CFA BTP de l’Oise'],
    presentations: [
      'Je suis apprentie maçonne en CAP. Je monte des murs en briques et en parpaings, je coule des dalles, je pose des enduits. Je suis la seule fille de ma classe et ça se passe très bien. Je veux encourager d’autres filles à oser le bâtiment.',
      'En CAP Maçon en apprentissage, je travaille dans une petite entreprise qui fait surtout de la rénovation de maisons anciennes. J’apprends à travailler la brique, typique de chez nous. Je viens raconter mes journées et mes progrès.',
      'Apprentie dans une entreprise de gros œuvre, je prépare mon CAP en deux ans. C’est physique, mais on est bien équipés et l’équipe m’aide. Je peux parler avec les collégiens et leurs parents des idées reçues sur le bâtiment.',
    ],
    careerPaths: [
      'Mon père est maçon et je l’accompagnais parfois le samedi. Au collège, on me disait que ce n’était pas pour une fille. J’ai tenu bon, j’ai fait mon stage de troisième dans une entreprise du village et elle m’a prise en apprentissage.',
      'Après un bac pro gestion, je ne trouvais pas de travail. Une mission locale m’a proposé une découverte des métiers du bâtiment. La maçonnerie m’a plu tout de suite. J’ai signé un contrat d’apprentissage quelques semaines après.',
      'J’ai commencé un CAP Coiffure, que j’ai abandonné. Je voulais travailler dehors et bouger. Un cousin m’a fait découvrir le métier de maçon pendant l’été. J’ai repris un CAP en apprentissage et cette fois, je m’accroche.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'young_neet', 'parents', 'apprentices'],
  },
  {
    type: 'student_apprentice',
    sector: 'G',
    jobTitle: 'Apprentie en CAP Cuisine',
    voice: 'f',
    organisations: ['CFA Hôtelier de la Baie de Somme', 'Brasserie du Vieux Beffroi', 'Lycée hôtelier des Trois Caps'],
    presentations: [
      'Je suis apprentie en CAP Cuisine dans une brasserie. J’épluche, je taille, je prépare les entrées et je commence à passer sur le chaud. Le rythme du service est intense, mais l’adrénaline me plaît. Je viens dire ce qu’on vit vraiment en cuisine.',
      'En deuxième année de CAP Cuisine, je suis commis dans un restaurant traditionnel. Mon chef m’apprend beaucoup, notamment sur les produits de la région. J’aime répondre aux questions des collégiens sur les horaires et la vie d’apprentie.',
      'Apprentie cuisinière, je rêve d’ouvrir un jour mon propre restaurant. Je veux montrer que l’apprentissage permet de se construire un métier solide et d’être autonome très tôt. Je peux aussi parler des concours auxquels j’ai participé.',
    ],
    careerPaths: [
      'Je cuisinais déjà beaucoup avec ma grand-mère. Après la troisième, j’ai choisi un CAP en apprentissage plutôt qu’un lycée. J’ai trouvé mon restaurant grâce au CFA, qui organise des rencontres entre apprentis et employeurs.',
      'J’ai commencé un bac général, mais je m’ennuyais en cours. J’ai fait un stage d’une semaine en cuisine pendant les vacances et tout a changé. J’ai quitté le lycée en fin de seconde pour un CAP en alternance. Depuis, je n’ai jamais regretté ce choix.',
      'Sortie de l’école sans diplôme, j’ai été accompagnée par une association d’insertion qui proposait des ateliers cuisine. C’est là que j’ai découvert ma passion. À dix-neuf ans, j’ai signé mon contrat d’apprentissage.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'young_neet', 'parents', 'apprentices'],
  },
  {
    type: 'student_apprentice',
    sector: 'H',
    jobTitle: 'Élève ingénieur en génie industriel par apprentissage',
    voice: 'n',
    organisations: ['École d’ingénieurs des Hauts Industriels', 'Institut d’ingénierie du Valenciennois', 'Rail Industrie Valenciennes'],
    presentations: [
      'Je suis élève ingénieur en apprentissage : trois ans entre l’école et une usine de construction ferroviaire. Je travaille sur l’amélioration de la production et l’automatisation. Je viens montrer qu’on peut devenir ingénieur sans passer par une classe préparatoire.',
      'Apprentie ingénieure dans l’industrie automobile, je pilote un petit projet d’optimisation d’atelier. J’adore le concret de l’alternance. J’aime parler aux lycéennes de la place des femmes dans les écoles d’ingénieurs.',
      'En dernière année d’école d’ingénieurs, je suis en apprentissage dans une usine agroalimentaire. Je peux expliquer les différentes voies d’accès aux écoles, les coûts, et pourquoi l’apprentissage m’a permis de financer mes études.',
    ],
    careerPaths: [
      'Bac STI2D, puis BTS Conception des processus de réalisation de produits. J’ai intégré l’école d’ingénieurs sur dossier et entretien, en apprentissage. Mon parcours prouve qu’on peut commencer par une voie technologique et aller loin.',
      'Bac général avec spécialités mathématiques et sciences de l’ingénieur, puis BUT Génie mécanique et productique. J’ai aimé l’alternance en BUT, alors j’ai choisi une école d’ingénieurs qui la proposait aussi. Je travaille aujourd’hui dans une usine de pièces ferroviaires.',
      'Après une classe préparatoire que j’ai trouvée très théorique, j’ai préféré une école en apprentissage. Passer de la prépa à l’usine a été un choc, dans le bon sens. J’ai enfin compris à quoi servaient toutes ces équations.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'I',
    jobTitle: 'Apprentie en BTS Maintenance des systèmes',
    voice: 'f',
    organisations: ['CFA de l’Industrie du Hainaut', 'Lycée technique du Bassin de la Sambre', 'Verrerie Industrielle de l’Aa'],
    presentations: [
      'Je suis en BTS Maintenance des systèmes en apprentissage dans une verrerie. J’interviens sur des pannes électriques et mécaniques avec les techniciens, et j’apprends à lire des schémas et à programmer des automates. C’est passionnant et très concret.',
      'Apprentie en maintenance industrielle, je suis souvent la seule fille dans l’atelier, mais on me traite comme tout le monde. Je viens dire aux collégiennes que la technique, ça s’apprend, et qu’il ne faut pas se fermer de portes.',
      'En deuxième année de BTS, je m’occupe de la maintenance préventive d’une ligne d’emballage. J’aime expliquer aux lycéens comment j’ai trouvé mon entreprise et comment s’organise l’alternance.',
    ],
    careerPaths: [
      'Bac pro Maintenance des systèmes de production connectés. J’ai voulu continuer mes études sans coûter d’argent à mes parents : le BTS en apprentissage était parfait. Mon entreprise m’a déjà parlé d’une embauche. Je voudrais ensuite préparer une licence professionnelle.',
      'J’ai eu un bac STI2D. Au départ, je voulais faire de l’architecture. Une visite d’usine avec ma classe m’a fait changer d’avis : j’ai aimé le bruit, les machines, l’organisation. J’ai choisi un BTS Maintenance en alternance.',
      'Après un bac général, j’ai tenté une licence de physique pendant un an. C’était trop théorique. J’ai découvert la maintenance lors d’un salon de l’apprentissage. Mes bases scientifiques m’aident beaucoup en électrotechnique.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'J',
    jobTitle: 'Étudiante en soins infirmiers',
    voice: 'f',
    organisations: [
      'IFSI du Centre hospitalier de la Vallée de la Canche',
      'Institut de formation en soins infirmiers des Trois Rivières',
      'IFSI du Pays Noyonnais',
    ],
    presentations: [
      'Je suis en deuxième année d’études en soins infirmiers. La moitié de ma formation se passe en stage, à l’hôpital, en maison de retraite ou en libéral. Je viens raconter la réalité des études, les stages de nuit, les partiels et tout ce qu’on apprend sur soi.',
      'Étudiante en IFSI, je viens de terminer un stage en pédiatrie qui m’a beaucoup marquée. J’aime échanger avec les lycéens qui hésitent, en leur parlant des qualités nécessaires, des difficultés et de la plateforme d’admission.',
      'En troisième année de soins infirmiers, je prépare mon mémoire et mon dernier stage. Je suis aussi représentante des étudiants. Je peux parler des aides financières, du logement et de l’organisation entre cours et stages.',
    ],
    careerPaths: [
      'Bac ST2S avec mention. J’ai toujours voulu être infirmière, depuis un séjour à l’hôpital quand j’étais enfant. J’ai été admise en IFSI directement après le bac et je ne regrette pas une seconde. J’ai fait mes premiers stages en médecine et en psychiatrie.',
      'Après un bac général, j’ai été aide à domicile pendant un an pour être sûre de mon choix. Cette expérience m’a beaucoup aidée pour mon dossier et pour mes premiers stages. Je sais maintenant pourquoi je fais ce métier.',
      'J’étais auxiliaire de puériculture depuis cinq ans. J’ai voulu aller plus loin et j’ai passé la sélection en tant que candidate en formation professionnelle continue. Reprendre les études à vingt-six ans est un défi, mais mon expérience est précieuse.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'adults_retraining'],
  },
  {
    type: 'student_apprentice',
    sector: 'K',
    jobTitle: 'Lycéen en bac pro Accompagnement, soins et services à la personne',
    voice: 'm',
    organisations: [
      'Lycée professionnel du Val d’Authie',
      'Lycée des métiers de la Santé et du Social de la Sambre',
      'Lycée polyvalent des Prés du Hem',
    ],
    presentations: [
      'Je suis en première bac pro Accompagnement, soins et services à la personne. On apprend à accompagner des personnes âgées, des enfants et des personnes en situation de handicap. Je fais mes stages en crèche et en maison de retraite.',
      'Garçon dans une classe presque entièrement féminine, je veux montrer que le soin et l’accompagnement ne sont pas réservés aux filles. Je viens raconter mon quotidien au lycée et en stage, et ce que je veux faire ensuite.',
      'En terminale bac pro ASSP, je prépare mon dossier pour devenir aide-soignant ou éducateur. J’aime répondre aux questions des collégiens qui se demandent ce qu’est vraiment la voie professionnelle.',
    ],
    careerPaths: [
      'Au collège, j’aidais beaucoup mon grand-père malade. Le métier d’aide-soignant m’attirait. Ma conseillère d’orientation m’a présenté ce bac pro, qui permet de découvrir plusieurs métiers avant de choisir. Mon stage en maison de retraite m’a conforté dans ce choix.',
      'J’ai fait une seconde générale qui ne m’a pas plu. Lors d’un mini-stage en lycée professionnel, j’ai découvert la filière ASSP. Je me suis réorienté et je me sens enfin à ma place. Mes professeurs ont été d’un grand soutien pendant cette période de doute.',
      'Je voulais être infirmier, mais je n’étais pas sûr de moi. Le bac pro me permet d’apprendre les bases et de tester le terrain en stage. Je pense postuler ensuite en IFSI ou passer par le diplôme d’aide-soignant. Mes stages m’aident à affiner mon projet.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'parents', 'educational_teams', 'young_neet'],
  },
  {
    type: 'student_apprentice',
    sector: 'L',
    jobTitle: 'Apprenti en DMA Régie du spectacle',
    voice: 'm',
    organisations: ['Lycée des Arts de la Scène du Hainaut', 'CFA des Métiers du Spectacle Vivant', 'Théâtre des Trois Ponts'],
    presentations: [
      'Je prépare un diplôme des métiers d’art en régie du spectacle, option son, en alternance dans un théâtre. Je câble, je règle les micros, je fais les balances avec les artistes. Je viens faire découvrir les coulisses et les métiers techniques du spectacle.',
      'Apprentie régisseuse, je travaille sur des concerts, des pièces de théâtre et des festivals. Les horaires sont particuliers, mais l’ambiance est géniale. J’aime montrer aux lycéens qu’il existe des formations publiques pour ces métiers.',
      'En deuxième année de DMA, je me spécialise dans la lumière. Je peux apporter du matériel en classe pour une petite démonstration et expliquer comment on monte un spectacle de A à Z.',
    ],
    careerPaths: [
      'Bac pro Systèmes numériques, option audiovisuel. Je faisais le son pour mon groupe de musique. J’ai découvert le DMA Régie lors d’un salon et j’ai été pris en alternance dans un théâtre de ma ville. Je travaille surtout sur les concerts et les festivals.',
      'Bac général option théâtre. J’étais plus intéressée par la technique que par le jeu. Après un an de licence arts du spectacle, j’ai intégré le DMA pour avoir une formation plus professionnelle. Mon alternance se déroule dans une scène de musiques actuelles.',
      'J’étais bénévole dans un festival de musique depuis mes quinze ans. Après mon bac STI2D, j’ai voulu en faire mon métier. L’alternance me permet d’apprendre sur de vrais spectacles tout en suivant des cours solides. Je rêve de partir en tournée.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'M',
    jobTitle: 'Apprentie en licence pro Gestion des ressources humaines',
    voice: 'f',
    organisations: [
      'Université des Flandres et du Hainaut',
      'Institut d’Administration des Entreprises du Littoral',
      'Groupe Logistique Scarpe-Escaut',
    ],
    presentations: [
      'Je suis en licence professionnelle Gestion des ressources humaines en alternance dans une entreprise de logistique. Je m’occupe de la paie, des contrats et j’aide au recrutement. Je viens expliquer ce que fait vraiment un service RH.',
      'Apprentie RH, je découvre le droit du travail, la formation et le recrutement. Je peux partager mon expérience de l’alternance après un BTS et donner quelques conseils pour réussir ses candidatures.',
      'En licence pro en alternance, je participe à l’intégration des nouveaux salariés et je prépare les forums de recrutement. J’aime échanger avec des lycéens et des étudiants qui hésitent sur leur orientation.',
    ],
    careerPaths: [
      'Bac STMG, puis BTS Gestion de la PME en initial. J’ai eu envie de me spécialiser dans l’humain et j’ai choisi une licence professionnelle RH en alternance. Mon entreprise me propose de rester après le diplôme. Je m’occupe surtout du recrutement des alternants.',
      'Après un bac général, j’ai fait deux ans de licence de psychologie. Je voulais un métier concret et une expérience professionnelle. La licence pro en alternance m’a permis de changer de voie sans perdre mes acquis. Je découvre le droit du travail et j’adore ça.',
      'J’ai fait un BUT Gestion des entreprises et des administrations. Mon stage dans un service RH m’a donné envie de poursuivre dans ce domaine. L’alternance me permet aussi de financer mes études. J’aimerais devenir chargée de recrutement.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'young_neet', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'M',
    jobTitle: 'Étudiant en BUT Informatique',
    voice: 'm',
    organisations: ['IUT du Bassin Minier', 'Institut universitaire de l’Artois numérique', 'Hébergement Numérique du Nord'],
    presentations: [
      'Je suis en deuxième année de BUT Informatique. On apprend à programmer, à concevoir des bases de données, à gérer des projets en équipe. Je viens démystifier l’informatique et montrer qu’on peut y arriver sans être un génie des maths.',
      'Étudiant en BUT Informatique en alternance, je développe des outils pour une entreprise d’hébergement. J’aime parler aux collégiens et lycéens de mes projets et de la vie à l’IUT, qui est beaucoup plus encadrée qu’ils ne le pensent.',
      'En troisième année de BUT, je me spécialise dans la cybersécurité. Je peux présenter des concours de programmation auxquels j’ai participé et expliquer comment bien choisir sa formation dans le numérique.',
    ],
    careerPaths: [
      'Bac général avec spécialité numérique et sciences informatiques. J’ai choisi le BUT pour son côté pratique et l’encadrement. Je fais ma troisième année en alternance et je pense poursuivre en master. Je travaille sur des outils de gestion de stock.',
      'Je viens d’un bac STI2D. Je codais un peu en autodidacte. L’IUT m’a appris la rigueur et le travail en équipe. Mon stage de deuxième année m’a ouvert une alternance dans une entreprise de la région. Je travaille sur des applications pour le suivi des serveurs.',
      'J’ai d’abord fait un BTS Services informatiques aux organisations, puis j’ai intégré le BUT en troisième année, en alternance. Changer d’établissement m’a permis de rencontrer d’autres profils et de découvrir la cybersécurité.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'students', 'parents'],
  },
  {
    type: 'student_apprentice',
    sector: 'N',
    jobTitle: 'Apprenti en BTS Gestion des transports et logistique associée',
    voice: 'm',
    organisations: ['CFA Transport et Logistique du Littoral', 'Lycée polyvalent du Port de Dunkerque-Ouest', 'Transports du Ternois'],
    presentations: [
      'Je suis en BTS Gestion des transports et logistique associée en alternance dans une entreprise de transport routier. J’organise les tournées, je suis les livraisons et je gère les imprévus avec les conducteurs. C’est dynamique et on ne s’ennuie jamais.',
      'Apprentie en logistique, je travaille dans un entrepôt de la grande distribution. J’analyse les flux, je suis les indicateurs et j’aide à organiser les équipes. Je veux montrer que la logistique, ce n’est pas que porter des cartons.',
      'En deuxième année de BTS, je travaille au service exploitation d’un transitaire maritime. Je parle anglais avec des clients étrangers. Je peux raconter comment j’ai trouvé mon alternance et comment s’organisent les semaines.',
    ],
    careerPaths: [
      'Bac pro Logistique en lycée, puis BTS en apprentissage. J’ai fait mes stages de bac pro dans l’entreprise qui m’a ensuite embauché comme apprenti. Je vise une licence professionnelle pour devenir responsable d’exploitation.',
      'J’ai obtenu un bac STMG. Je ne connaissais pas du tout la logistique. Un professeur m’a parlé du BTS Transport lors d’une réunion d’orientation. Je me suis lancée, et j’ai trouvé une entreprise grâce au CFA. Je m’occupe surtout de la planification des tournées de livraison.',
      'J’ai fait une année de licence d’anglais, mais je voulais du concret. La région portuaire offre beaucoup d’emplois dans le transport. J’ai choisi ce BTS en alternance pour associer les langues et l’organisation. J’utilise l’anglais tous les jours avec des transporteurs étrangers.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'students', 'young_neet'],
  },
  // ---------------------------------------------------------------------------
  // Organismes de formation
  // ---------------------------------------------------------------------------
  {
    type: 'training_organisation',
    sector: 'N',
    jobTitle: 'Centre de formation aux métiers de la logistique',
    voice: 'n',
    organisations: ['Campus Logistique de l’Artois', 'Institut Transport et Logistique des Flandres', 'Logi’Form Hauts-de-France'],
    presentations: [
      'Nous formons des caristes, des préparateurs de commandes, des agents magasiniers et des techniciens logistiques, en alternance ou en formation continue. Notre plateau technique reproduit un véritable entrepôt. Nous accueillons volontiers des groupes pour des démonstrations.',
      'Je suis formatrice dans un centre spécialisé en logistique. Nous accompagnons des jeunes sans diplôme comme des adultes en reconversion vers des métiers qui recrutent fortement dans la région. Je viens présenter nos parcours et les débouchés.',
      'Notre centre propose des certifications de conduite d’engins, des titres professionnels et des formations courtes. Nous travaillons main dans la main avec les entreprises du territoire pour que nos stagiaires trouvent un emploi rapidement.',
    ],
    careerPaths: [
      'Je suis responsable pédagogique du centre. J’ai moi-même été cariste, puis chef d’équipe en entrepôt pendant douze ans. J’ai suivi le titre professionnel de formateur pour adultes afin de transmettre ce que j’avais appris sur le terrain.',
      'Après un master en logistique, j’ai travaillé comme responsable d’exploitation dans un grand entrepôt. Je recrutais beaucoup et je constatais le manque de candidats formés. J’ai rejoint le centre de formation pour agir en amont.',
      'Formatrice depuis dix ans, j’ai commencé comme préparatrice de commandes en intérim. J’ai évolué en interne jusqu’à un poste de formatrice sécurité dans l’entreprise, puis j’ai rejoint le centre pour former des publics variés.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['young_neet', 'job_seekers', 'adults_retraining', 'high_school'],
  },
  {
    type: 'training_organisation',
    sector: 'F',
    jobTitle: 'CFA des métiers du bâtiment',
    voice: 'n',
    organisations: ['CFA du Bâtiment des Flandres', 'CFA BTP de l’Oise', 'Campus des Métiers du Bâtiment de l’Aisne'],
    presentations: [
      'Notre CFA forme chaque année plus de six cents apprentis en maçonnerie, menuiserie, électricité, plomberie, peinture et couverture, du CAP au BTS. Nos ateliers sont ouverts aux collégiens pour des mini-stages de découverte.',
      'Je suis chargée des relations entreprises au CFA. J’aide les jeunes à trouver un employeur et j’accompagne les entreprises dans l’accueil de leurs apprentis. Je viens présenter les métiers du bâtiment et le fonctionnement de l’apprentissage.',
      'Nous organisons des journées portes ouvertes et des ateliers d’initiation pour les classes de quatrième et de troisième. Les jeunes peuvent manier la truelle, le niveau laser ou les outils de l’électricien, encadrés par nos formateurs.',
    ],
    careerPaths: [
      'Formateur en maçonnerie, j’ai été artisan pendant vingt ans avant de rejoindre le CFA. Je voulais transmettre le métier aux jeunes et j’ai suivi une formation pédagogique pour adultes. J’encadre aujourd’hui les classes de CAP.',
      'Après un BTS Bâtiment, j’ai été conductrice de travaux puis chargée d’affaires. J’ai rejoint le CFA comme développeuse de l’apprentissage : je rencontre les entreprises et je fais le lien avec les familles et les jeunes.',
      'Directeur du CFA depuis six ans, j’ai commencé ma carrière comme électricien. Formateur, puis coordinateur pédagogique, j’ai gravi les échelons en préparant un master en ingénierie de la formation en cours d’emploi.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['middle_school', 'high_school', 'young_neet', 'parents'],
  },
  {
    type: 'training_organisation',
    sector: 'H',
    jobTitle: 'Pôle de formation aux métiers de l’industrie',
    voice: 'n',
    organisations: [
      'Pôle Formation Industrie du Hainaut',
      'Institut des Métiers de la Métallurgie du Littoral',
      'Campus Industriel de la Vallée de l’Oise',
    ],
    presentations: [
      'Nous formons aux métiers de l’industrie : usinage, soudure, chaudronnerie, maintenance, pilotage de lignes, robotique. Nos apprentis et stagiaires travaillent sur des machines identiques à celles des usines. Nous accueillons des groupes pour découvrir nos ateliers.',
      'Notre pôle forme du CAP à la licence professionnelle, en lien étroit avec les industriels de la région. Je viens présenter des métiers où l’on trouve un emploi à coup sûr, et casser l’image de l’usine sombre et bruyante.',
      'Nous proposons aussi des formations courtes pour les demandeurs d’emploi et les adultes en reconversion, avec des périodes en entreprise. Plus de huit stagiaires sur dix trouvent un emploi dans les six mois.',
    ],
    careerPaths: [
      'Formateur en soudure, j’ai travaillé quinze ans dans la chaudronnerie navale à Dunkerque. Un accident de genou m’a éloigné de l’atelier, et j’ai choisi de transmettre. Aujourd’hui, je forme des jeunes et des adultes aux différents procédés.',
      'Ingénieure en mécanique, j’ai été responsable de production dans une usine de pièces automobiles. J’ai rejoint le pôle de formation pour coordonner les parcours en alternance et développer les liens avec les entreprises.',
      'Je suis chargée de la promotion des métiers industriels. J’ai un parcours en communication et j’ai découvert l’industrie en y travaillant. Je parcours les collèges et les salons pour faire connaître nos formations. J’organise aussi des visites d’entreprises pour les classes.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['middle_school', 'high_school', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'J',
    jobTitle: 'Institut de formation d’aides-soignants',
    voice: 'n',
    organisations: [
      'IFAS de la Vallée de la Canche',
      'Institut de formation paramédicale du Vermandois',
      'IFAS du Centre hospitalier des Marches de Picardie',
    ],
    presentations: [
      'Nous formons des aides-soignants en un an, en formation initiale, en apprentissage ou en formation continue. Notre salle de simulation permet de s’entraîner aux soins dans des conditions proches de la réalité. Nous aimons présenter le métier aux jeunes et aux adultes qui s’interrogent.',
      'Je suis formatrice à l’institut de formation d’aides-soignants. Nous accueillons des jeunes tout juste sortis du lycée comme des adultes en reconversion. Je viens expliquer la sélection, le déroulement de la formation et les débouchés.',
      'Notre institut propose aussi des parcours partiels pour les personnes qui ont déjà un diplôme du secteur ou qui sont passées par la validation des acquis. Nous participons aux forums de l’orientation et de l’emploi.',
    ],
    careerPaths: [
      'Infirmière pendant quinze ans en chirurgie, j’ai passé le diplôme de cadre de santé pour devenir formatrice. Aujourd’hui, j’accompagne des élèves aides-soignants pendant leur formation et leurs stages. Je participe aussi aux jurys de sélection.',
      'J’ai été aide-soignante, puis infirmière. Je suis devenue formatrice pour transmettre le sens du soin et la bientraitance. Je coordonne les partenariats avec les établissements qui accueillent nos élèves en stage. J’interviens aussi sur les modules de bientraitance et de communication.',
      'Directrice de l’institut, j’ai travaillé en service de soins, puis en encadrement. J’ai à cœur d’ouvrir la formation au plus grand nombre, notamment aux jeunes de quartiers prioritaires et aux adultes en reconversion.',
    ],
    interventions: ['forum', 'classroom_talk', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'G',
    jobTitle: 'CFA de l’hôtellerie et de la restauration',
    voice: 'n',
    organisations: ['CFA Hôtelier de la Baie de Somme', 'École hôtelière des Remparts de Boulogne', 'CFA Saveurs et Accueil du Beauvaisis'],
    presentations: [
      'Notre CFA prépare aux métiers de la cuisine, du service en salle, de la réception et de la boulangerie, du CAP au BTS. Nos apprentis travaillent dans des restaurants, des hôtels et des collectivités de toute la région. Nous accueillons des classes dans notre restaurant d’application.',
      'Je suis formateur en cuisine au CFA. Je viens présenter les métiers de la restauration et faire des démonstrations devant les élèves. Nous proposons aussi des stages de découverte pendant les vacances scolaires.',
      'Nous accompagnons les jeunes dans la recherche d’un employeur et suivons leur parcours en entreprise. Nous avons aussi des formations pour les adultes qui veulent se reconvertir dans la restauration, un secteur qui recrute toute l’année.',
    ],
    careerPaths: [
      'Cuisinier pendant vingt ans, dont dix comme chef, j’ai eu envie de transmettre. J’ai passé un titre de formateur pour adultes et rejoint le CFA. Je retrouve parfois d’anciens apprentis devenus chefs à leur tour. Je les invite souvent à venir témoigner devant les nouveaux.',
      'Ancienne maîtresse d’hôtel dans un grand restaurant, je forme aujourd’hui les apprentis au service en salle. Je veux redonner ses lettres de noblesse à un métier d’élégance et de relation client. J’organise aussi des concours entre apprentis.',
      'Chargée de développement au CFA, je viens du monde du tourisme. Je fais le lien entre les entreprises, les jeunes et leurs familles. Mon rôle est aussi de faire connaître nos formations dans les collèges. J’organise aussi les journées portes ouvertes.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['middle_school', 'high_school', 'young_neet', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'A',
    jobTitle: 'Centre de formation agricole et horticole',
    voice: 'n',
    organisations: [
      'Centre de formation agricole des Terres de Somme',
      'Campus Horticole du Pays de Lys',
      'Centre de formation rurale des Collines du Boulonnais',
    ],
    presentations: [
      'Nous formons des adultes et des apprentis aux métiers de l’agriculture, du maraîchage, de l’horticulture et des espaces verts. Notre exploitation pédagogique permet d’apprendre en situation réelle. Les visites sont possibles pour les classes et les groupes en recherche d’orientation.',
      'Je suis formatrice en maraîchage biologique. Beaucoup de nos stagiaires sont en reconversion et veulent s’installer ou travailler dans une ferme. Je viens présenter nos formations et la réalité de ces métiers.',
      'Notre centre propose aussi des parcours pour les jeunes sans solution, avec des stages de découverte dans des exploitations partenaires. L’agriculture manque de bras et de repreneurs : c’est le moment de s’y intéresser.',
    ],
    careerPaths: [
      'Ingénieur agronome, j’ai travaillé dans le conseil agricole avant de rejoindre le centre de formation. Je coordonne les formations pour adultes et le lien avec les exploitations d’accueil. J’ai toujours gardé un lien fort avec les agriculteurs du territoire.',
      'Maraîchère pendant dix ans, j’ai transmis ma ferme et je suis devenue formatrice. Je partage mon expérience de terrain, y compris les difficultés de l’installation et de la commercialisation en circuits courts. Je garde un petit jardin pour expérimenter de nouvelles techniques.',
      'J’ai un parcours d’horticulteur en pépinière. J’ai rejoint le centre comme formateur technique, puis je suis devenu responsable de l’exploitation pédagogique. J’aime voir les stagiaires prendre confiance au fil des mois.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['high_school', 'young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'I',
    jobTitle: 'Centre de formation maintenance et énergies renouvelables',
    voice: 'n',
    organisations: [
      'Institut des Énergies Nouvelles du Littoral',
      'Centre Technique Maintenance de la Somme',
      'Plateau Formation Éolien et Solaire de l’Aisne',
    ],
    presentations: [
      'Nous formons des techniciens de maintenance industrielle, éolienne et photovoltaïque, ainsi que des installateurs de pompes à chaleur. Notre plateau technique comprend une nacelle d’éolienne et une tour d’entraînement au travail en hauteur. Les visites impressionnent toujours les jeunes.',
      'Je suis responsable des formations en énergies renouvelables. Les entreprises de la région cherchent sans cesse des techniciens. Je viens présenter nos parcours, accessibles en alternance, en reconversion ou après un bac professionnel.',
      'Nous accueillons des demandeurs d’emploi, des salariés et des apprentis. Nos formateurs viennent tous de l’industrie. Nous organisons des journées découverte pour les lycéens et les personnes en recherche d’orientation.',
    ],
    careerPaths: [
      'Technicien éolien pendant huit ans, j’ai rejoint le centre de formation pour former la nouvelle génération. Je suis responsable de la tour d’entraînement et des certifications de sécurité. Je garde des contacts étroits avec les exploitants des parcs de la région.',
      'Ingénieure en énergétique, j’ai travaillé dans un bureau d’études avant de m’orienter vers la formation. Je conçois les programmes avec les entreprises pour qu’ils correspondent à leurs besoins réels. Je participe aussi aux salons de l’orientation.',
      'Électricien industriel de formation, j’ai passé quinze ans en maintenance dans une usine chimique. J’ai voulu transmettre mes savoirs et je suis devenu formateur en électricité et automatisme. Mes stagiaires apprennent à diagnostiquer de vraies pannes.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'remote_exchange'],
    publics: ['high_school', 'apprentices', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'E',
    jobTitle: 'École du numérique inclusive',
    voice: 'n',
    organisations: ['La Fabrique Numérique des Hauts', 'Code & Cité Roubaix-Tourcoing', 'Atelier Numérique du Soissonnais'],
    presentations: [
      'Nous formons gratuitement des jeunes et des adultes éloignés de l’emploi aux métiers du numérique : développeur web, technicien d’assistance informatique, référent numérique. Pas besoin de diplôme pour entrer, seulement de la motivation et de la curiosité.',
      'Je suis formatrice dans une école du numérique. Nos apprenants viennent de partout : anciens livreurs, mères au foyer, jeunes sortis du lycée sans diplôme. Je viens montrer qu’on peut apprendre à coder à tout âge.',
      'Nous proposons des ateliers découverte du code pour les collégiens et des sessions d’information pour les adultes en recherche d’emploi. Nos formations se terminent par un stage en entreprise et souvent par un contrat.',
    ],
    careerPaths: [
      'J’ai été développeur pendant dix ans dans une grande entreprise. Je voulais que mon métier ait plus de sens. J’ai cofondé cette école pour ouvrir le numérique à ceux qui en sont éloignés. Je garde un pied dans le code en développant des projets personnels.',
      'Je suis moi-même passée par une école du numérique, après un parcours compliqué. Devenue développeuse, je suis revenue trois ans plus tard comme formatrice. Mes apprenants savent que je comprends leurs doutes. Je participe aussi aux ateliers découverte pour les collégiens.',
      'Chargé d’insertion, je viens du travail social. J’accompagne les apprenants dans leurs démarches, leur recherche de stage et d’emploi. Je fais le lien avec les entreprises partenaires de la région. Je suis aussi présent dans les forums de l’emploi.',
    ],
    interventions: ['forum', 'classroom_talk', 'remote_exchange', 'discovery_internship'],
    publics: ['middle_school', 'young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'K',
    jobTitle: 'Institut de formation en travail social',
    voice: 'n',
    organisations: [
      'Institut Régional du Travail Social des Hauts',
      'École des Métiers du Social de la Sambre',
      'Centre de formation Éducation et Solidarités',
    ],
    presentations: [
      'Nous formons des éducateurs spécialisés, des moniteurs-éducateurs, des accompagnants éducatifs et sociaux, des assistants de service social. Les formations associent cours et nombreux stages. Nous venons présenter des métiers humains qui recrutent beaucoup.',
      'Je suis formatrice dans un institut de travail social. J’interviens auprès des lycéens, des étudiants en réorientation et des adultes en reconversion. Je parle des différents métiers du social et des voies d’accès, dont l’apprentissage.',
      'Notre institut accompagne aussi des candidats à la validation des acquis de l’expérience dans les métiers du social. Nous aimons échanger avec les équipes éducatives pour mieux faire connaître nos filières.',
    ],
    careerPaths: [
      'Éducatrice spécialisée pendant quinze ans en protection de l’enfance, j’ai rejoint l’institut comme formatrice. Je garde un pied sur le terrain en animant des analyses de pratiques dans des établissements. J’accompagne aussi des candidats à la VAE.',
      'Assistant de service social de formation, j’ai travaillé en centre communal d’action sociale, puis en hôpital. Je suis aujourd’hui responsable de la filière service social à l’institut. J’interviens aussi auprès des lycéens de la filière sanitaire et sociale.',
      'J’ai commencé comme animatrice, puis monitrice-éducatrice. Après un master en sciences de l’éducation préparé en cours d’emploi, je suis devenue coordinatrice pédagogique des formations de niveau bac. J’accompagne aussi des salariés en VAE.',
    ],
    interventions: ['forum', 'classroom_talk', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'adults_retraining', 'educational_teams'],
  },
  {
    type: 'training_organisation',
    sector: 'D',
    jobTitle: 'Centre de formation aux métiers du commerce et de la vente',
    voice: 'n',
    organisations: [
      'Institut du Commerce de la Métropole Nord',
      'CFA Commerce et Services du Calaisis',
      'Campus Vente et Relation Client de l’Oise',
    ],
    presentations: [
      'Nous préparons aux métiers de la vente, de la relation client et du management commercial, du CAP au bachelor, essentiellement en alternance. Nos apprentis travaillent dans des commerces de proximité, des grandes surfaces et des enseignes spécialisées.',
      'Je suis chargée de relations entreprises dans un centre de formation au commerce. J’accompagne les jeunes dans leur recherche d’alternance, avec des ateliers CV, des simulations d’entretien et des rencontres avec les recruteurs.',
      'Notre centre propose aussi des titres professionnels pour les adultes : vendeur conseil, employé commercial, manager d’unité marchande. Nous travaillons avec les employeurs du territoire pour proposer des parcours qui débouchent sur un emploi.',
    ],
    careerPaths: [
      'J’ai travaillé quinze ans dans la grande distribution, de caissière à directrice de magasin. J’ai voulu transmettre et j’ai rejoint le centre comme formatrice en management, puis responsable pédagogique. J’interviens aussi dans les lycées professionnels.',
      'Après un master en commerce, j’ai été commercial dans l’agroalimentaire. Je suis devenu formateur pour partager mon expérience de la négociation. J’anime aujourd’hui les formations de BTS. Je prépare aussi nos apprentis aux concours de vente.',
      'Conseillère en insertion professionnelle, j’ai rejoint le centre pour accompagner les adultes en reconversion. Je les aide à construire leur projet et à trouver une entreprise d’accueil. J’anime aussi des ateliers de découverte des métiers.',
    ],
    interventions: ['forum', 'classroom_talk', 'individual_testimony', 'remote_exchange'],
    publics: ['high_school', 'young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    type: 'training_organisation',
    sector: 'B',
    jobTitle: 'Atelier-école des métiers d’art',
    voice: 'n',
    organisations: [
      'Atelier-École des Arts du Feu',
      'Maison des Métiers d’Art de l’Avesnois',
      'Institut des Savoir-Faire Rares de Picardie',
    ],
    presentations: [
      'Nous formons aux métiers d’art du verre, du bois, de la pierre et du textile, avec des artisans formateurs. Nos ateliers sont ouverts aux classes pour des démonstrations et des initiations. Nous voulons préserver des savoir-faire rares en les transmettant aux jeunes.',
      'Je coordonne les formations d’un atelier-école. Nous accueillons des jeunes après la troisième ou le bac, et de nombreux adultes en reconversion. Je viens présenter ces métiers de passion, exigeants mais qui offrent de vraies opportunités.',
      'Notre atelier-école propose des stages de découverte d’une semaine pour tester un métier d’art avant de s’engager. Beaucoup de nos élèves ont découvert leur vocation ainsi.',
    ],
    careerPaths: [
      'Maître verrier, j’ai dirigé mon propre atelier pendant vingt ans. J’ai participé à la création de l’atelier-école pour transmettre un métier qui risquait de disparaître dans la région. J’y anime aussi des démonstrations de soufflage.',
      'Après des études d’histoire de l’art, j’ai travaillé dans un musée. Le contact avec les restaurateurs m’a passionnée. Je coordonne maintenant les formations et les partenariats avec les artisans. J’organise aussi des expositions de travaux d’élèves.',
      'Tailleur de pierre formé chez les compagnons, j’ai restauré des monuments historiques pendant quinze ans. Je forme aujourd’hui des apprentis et des adultes qui veulent apprendre ce métier. Je transmets aussi l’amour des vieilles pierres.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['middle_school', 'high_school', 'adults_retraining', 'educational_teams'],
  },
  {
    type: 'training_organisation',
    sector: 'L',
    jobTitle: 'Centre de formation aux techniques du spectacle',
    voice: 'n',
    organisations: [
      'Centre de Formation des Techniques du Spectacle du Nord',
      'Les Ateliers de la Scène Picarde',
      'Institut des Arts de la Scène du Littoral',
    ],
    presentations: [
      'Nous formons des techniciens du spectacle vivant et de l’événementiel : régie son, lumière, plateau, vidéo, montage de structures. Nos formations combinent apprentissage technique et mises en situation sur de vrais spectacles.',
      'Je suis responsable pédagogique d’un centre de formation aux techniques du spectacle. Nous accueillons des jeunes passionnés et des adultes en reconversion. Je viens présenter des métiers de l’ombre indispensables à la culture.',
      'Nous organisons des ateliers de découverte pour des classes et des groupes de jeunes : montage d’un petit plateau, réglage de projecteurs, prise de son. C’est souvent le déclic pour des jeunes qui ne savaient pas que ces métiers existaient.',
    ],
    careerPaths: [
      'Régisseur général pendant vingt ans dans des théâtres et festivals, j’ai rejoint le centre pour transmettre. Je coordonne aujourd’hui les formations longues et les partenariats avec les lieux culturels. J’interviens aussi dans des lycées pour présenter les métiers techniques.',
      'Ingénieure du son, j’ai beaucoup tourné avec des groupes de musique. Je forme maintenant de futurs techniciens du son, avec un souci particulier d’ouvrir le métier aux femmes. Je participe aussi aux jurys de certification.',
      'Je viens de l’éducation populaire. J’ai créé des ateliers de découverte des métiers techniques du spectacle pour les jeunes des quartiers. Je suis chargé du lien avec les établissements scolaires. Mon plus grand plaisir est de voir des jeunes se découvrir une passion.',
    ],
    interventions: ['forum', 'company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['high_school', 'young_neet', 'adults_retraining', 'educational_teams'],
  },
  // ---------------------------------------------------------------------------
  // Validation des acquis de l’expérience (VAE)
  // ---------------------------------------------------------------------------
  {
    type: 'vae',
    sector: 'J',
    jobTitle: 'Aide-soignante diplômée par la VAE',
    voice: 'f',
    organisations: ['EHPAD Les Jardins de l’Escaut', 'Résidence Le Clos des Tilleuls', 'Centre hospitalier de la Vallée de la Canche'],
    presentations: [
      'J’ai travaillé pendant dix ans comme agente de service hospitalier, et j’ai obtenu mon diplôme d’aide-soignante grâce à la validation des acquis de l’expérience. Je viens expliquer comment fonctionne la VAE et comment elle peut changer une carrière.',
      'Aide-soignante en EHPAD, je suis diplômée depuis deux ans après un parcours de VAE. J’aime encourager les personnes qui doutent d’elles : l’expérience compte, et elle peut être reconnue officiellement.',
      'Je témoigne de mon parcours de VAE, avec ses moments de découragement et sa grande fierté à l’arrivée. Je peux conseiller sur la rédaction du dossier, la préparation du jury et l’accompagnement possible.',
    ],
    careerPaths: [
      'J’ai quitté l’école après un BEP. J’ai été agente d’entretien, puis agente de service dans une maison de retraite. Je faisais déjà beaucoup d’aide aux résidents. Ma cadre m’a parlé de la VAE. Après un an de travail sur mon dossier, le jury m’a validé le diplôme complet.',
      'Auxiliaire de vie à domicile pendant huit ans, je voulais travailler en établissement et évoluer. Un conseiller m’a présenté la VAE. J’ai obtenu une partie du diplôme, puis j’ai complété avec un module de formation. Aujourd’hui, je suis aide-soignante de nuit.',
      'Maman de trois enfants, j’ai repris le travail tardivement comme agente hôtelière dans un hôpital. Je suis restée sept ans dans le même service. La VAE m’a permis d’être enfin reconnue. Mon prochain objectif : devenir infirmière.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'young_neet', 'parents'],
  },
  {
    type: 'vae',
    sector: 'K',
    jobTitle: 'Titulaire du CAP Accompagnant éducatif petite enfance par VAE',
    voice: 'n',
    organisations: [
      'Crèche associative Les P’tits Loups',
      'Relais Petite Enfance de la Vallée de la Bresle',
      'Micro-crèche Les Coccinelles',
    ],
    presentations: [
      'Assistante maternelle pendant douze ans, j’ai validé mon CAP Accompagnant éducatif petite enfance par la VAE. Ce diplôme m’a permis de travailler en crèche. Je viens partager mon expérience avec des adultes qui hésitent à se lancer.',
      'Je travaille aujourd’hui dans une micro-crèche, après avoir obtenu mon CAP par la validation des acquis. J’aime expliquer que la VAE n’est pas réservée aux diplômes du supérieur et qu’elle valorise des compétences souvent invisibles.',
      'J’ai obtenu mon CAP petite enfance grâce à mon expérience de garde d’enfants à domicile. Je peux témoigner auprès de parents, de demandeurs d’emploi ou d’équipes éducatives sur ce parcours et ce qu’il m’a apporté.',
    ],
    careerPaths: [
      'Sans diplôme, j’ai commencé comme baby-sitter puis garde d’enfants à domicile pendant six ans. Une association d’aide à l’emploi m’a accompagnée dans ma démarche de VAE. J’ai obtenu le CAP et je travaille maintenant en crèche.',
      'Je suis devenue assistante maternelle agréée à la naissance de mon deuxième enfant. Douze ans plus tard, je voulais travailler en équipe. Mon dossier de VAE a été long à écrire, mais le jury a reconnu toutes mes compétences.',
      'J’ai été animatrice périscolaire pendant plusieurs années avec mon BAFA. Je voulais me spécialiser dans la petite enfance. La VAE m’a permis d’obtenir le CAP sans reprendre une formation complète. Je prépare maintenant le diplôme d’auxiliaire de puériculture.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'parents', 'educational_teams'],
  },
  {
    type: 'vae',
    sector: 'D',
    jobTitle: 'Titulaire du BTS Management commercial opérationnel par VAE',
    voice: 'n',
    organisations: ['Supérette du Bourg de Frévent', 'Jardinerie des Quatre Saisons', 'Hyper Val d’Escaut'],
    presentations: [
      'J’ai obtenu mon BTS Management commercial opérationnel par la validation des acquis, après quinze ans dans la grande distribution. Ce diplôme m’a permis de devenir directeur adjoint. Je viens expliquer la démarche et ses bénéfices.',
      'Responsable de magasin, j’ai fait valider mon expérience pour obtenir le BTS MCO. Je veux montrer aux adultes et aux jeunes qui ont arrêté tôt l’école qu’il n’est jamais trop tard pour obtenir un diplôme.',
      'Je suis manager dans une jardinerie et j’ai obtenu mon BTS par la VAE il y a trois ans. Je peux témoigner en forum ou en entretien individuel, et donner des conseils pratiques sur la constitution du dossier.',
    ],
    careerPaths: [
      'J’ai arrêté mes études après un bac pro commerce. Employé libre-service, puis chef de rayon, puis manager de secteur : j’ai appris sur le terrain. Pour évoluer, on me demandait un BTS. La VAE m’a permis de l’obtenir en un an, tout en travaillant.',
      'J’ai été vendeuse dans plusieurs magasins avant de devenir responsable d’une supérette. Un salarié de la chambre de commerce m’a présenté la VAE lors d’un salon. J’ai été accompagnée pour rédiger mon dossier et je suis passée devant le jury avec succès.',
      'Après un CAP Employé de vente, j’ai travaillé vingt ans en commerce. Je savais manager, gérer un budget, recruter, mais je n’avais aucun diplôme pour le prouver. La VAE m’a redonné confiance et m’a ouvert de nouvelles portes.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'young_neet', 'apprentices'],
  },
  {
    type: 'vae',
    sector: 'N',
    jobTitle: 'Titre professionnel de technicien en logistique d’entreposage obtenu par VAE',
    voice: 'm',
    organisations: ['Plateforme Logistique de l’Artois', 'Entrepôts du Canal Seine-Nord', 'Frigo Express des Flandres'],
    presentations: [
      'Cariste pendant dix ans, j’ai validé par la VAE un titre professionnel de technicien en logistique d’entreposage. Aujourd’hui, je suis chef d’équipe. Je viens expliquer comment valoriser son expérience pour évoluer dans la logistique.',
      'J’ai obtenu mon titre professionnel sans repasser par une formation longue, grâce à la validation des acquis. Je peux témoigner auprès de demandeurs d’emploi et de salariés qui se demandent si la VAE est faite pour eux.',
      'Dans mon entrepôt, plusieurs collègues ont suivi mon exemple après ma VAE. J’aime raconter ce parcours, les étapes, les doutes, et la fierté de recevoir un diplôme reconnu.',
    ],
    careerPaths: [
      'J’ai commencé en intérim comme préparateur de commandes sans diplôme. J’ai obtenu mes autorisations de conduite de chariots, puis j’ai été embauché. Au bout de huit ans, mon responsable m’a proposé une VAE pour évoluer vers l’encadrement.',
      'Après un CAP en mécanique que je n’ai jamais utilisé, j’ai travaillé en logistique pendant douze ans. Je voulais un diplôme qui corresponde à mon métier réel. La VAE m’a permis d’obtenir le titre en moins d’un an. Depuis, je suis devenu chef d’équipe.',
      'J’ai été agent de quai, puis réceptionnaire. Mon employeur a organisé une démarche collective de VAE pour plusieurs salariés. Nous nous sommes soutenus les uns les autres pour rédiger nos dossiers. Nous avons tous été validés.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'company_visit'],
    publics: ['adults_retraining', 'job_seekers', 'young_neet', 'apprentices'],
  },
  {
    type: 'vae',
    sector: 'F',
    jobTitle: 'CAP Maçon obtenu par la VAE',
    voice: 'n',
    organisations: ['Maçonnerie Desmarets Frères', 'Bâtir en Hainaut', 'Rénovation Briques et Pierres du Cambrésis'],
    presentations: [
      'J’ai appris la maçonnerie sur les chantiers, sans diplôme, et j’ai obtenu mon CAP grâce à la VAE après douze ans de métier. Ce papier m’a permis de créer mon entreprise. Je viens en parler à ceux qui pensent que c’est trop compliqué.',
      'Maçon depuis quinze ans, j’ai obtenu mon CAP par la validation des acquis. Je suis aujourd’hui chef d’équipe. J’aime expliquer que l’expérience vaut beaucoup et qu’elle peut être reconnue par un diplôme officiel.',
      'Je témoigne de ma VAE pour encourager les ouvriers du bâtiment sans diplôme. Le dossier écrit m’a fait peur au début, mais j’ai été bien accompagné. Je donne des conseils concrets à ceux qui veulent se lancer.',
    ],
    careerPaths: [
      'J’ai quitté l’école à seize ans pour travailler avec mon oncle, maçon. J’ai appris sur le tas, puis j’ai travaillé pour plusieurs entreprises. À trente ans, j’ai voulu m’installer et la VAE m’a permis d’obtenir le CAP nécessaire.',
      'Arrivé en France à vingt ans, j’ai travaillé comme manœuvre puis comme maçon. Je n’avais aucun diplôme français. Mon employeur m’a encouragé à faire une VAE. J’ai eu le CAP, et je prépare maintenant un brevet professionnel.',
      'J’ai été intérimaire dans le bâtiment pendant des années. Pour obtenir un CDI et un meilleur salaire, il me fallait un diplôme. La VAE a été la solution la plus rapide. Depuis, je suis aussi tuteur d’apprentis. J’encourage mes collègues à faire de même.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'company_visit'],
    publics: ['adults_retraining', 'job_seekers', 'young_neet', 'apprentices'],
  },
  {
    type: 'vae',
    sector: 'G',
    jobTitle: 'Cuisinier diplômé du CAP Cuisine par VAE',
    voice: 'm',
    organisations: [
      'Restauration collective du Collège des Marais',
      'Estaminet Le Petit Houblon',
      'Cuisine centrale de la Communauté de communes des Trois Vallées',
    ],
    presentations: [
      'Je cuisine depuis quinze ans, d’abord dans des snacks, puis en restauration collective. J’ai obtenu mon CAP Cuisine par la VAE, ce qui m’a permis de devenir second de cuisine. Je viens raconter cette démarche et ce qu’elle m’a apporté.',
      'Cuisinière dans une cuisine centrale, j’ai validé mon CAP grâce à mon expérience. Je veux montrer aux adultes sans diplôme que leur savoir-faire a de la valeur et peut être reconnu officiellement.',
      'J’ai obtenu mon CAP Cuisine par la validation des acquis et je prépare maintenant un brevet professionnel. Je peux témoigner auprès de demandeurs d’emploi ou de jeunes en insertion sur l’intérêt de la VAE.',
    ],
    careerPaths: [
      'J’ai commencé comme plongeur à dix-huit ans, puis commis, puis cuisinier. Je n’avais que le brevet des collèges. Pour passer chef de partie, mon employeur m’a conseillé une VAE. Mon dossier et ma mise en situation devant le jury ont été validés du premier coup.',
      'Après avoir élevé mes enfants, j’ai travaillé à la cantine de l’école de mon village. Au fil des années, j’ai pris en charge la préparation des repas. La VAE m’a permis d’obtenir le CAP et de devenir titulaire de mon poste.',
      'J’ai travaillé dix ans dans la restauration rapide, puis dans une brasserie. Je voulais un diplôme pour ouvrir mon propre établissement plus tard. J’ai été accompagné par un conseiller VAE pendant huit mois. Je suis aujourd’hui second de cuisine.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'young_neet', 'apprentices'],
  },
  {
    type: 'vae',
    sector: 'H',
    jobTitle: 'Bac pro Pilote de ligne de production obtenu par VAE',
    voice: 'f',
    organisations: ['Frites et Saveurs du Nord', 'Plasturgie Auto du Douaisis', 'Verrerie Industrielle de l’Aa'],
    presentations: [
      'Opérateur puis conducteur de ligne dans l’industrie depuis douze ans, j’ai obtenu le bac pro Pilote de ligne de production par la VAE. C’était mon premier diplôme. Je viens dire aux adultes qui ont quitté l’école tôt que tout reste possible.',
      'J’ai validé mon expérience industrielle pour obtenir un bac pro, puis je me suis lancée dans un BTS en formation continue. La VAE a été un véritable tremplin. J’aime partager ce parcours avec des salariés et des demandeurs d’emploi.',
      'Conducteur de ligne dans une usine agroalimentaire, j’ai fait une VAE avec le soutien de mon entreprise. Je témoigne volontiers en forum ou lors de visites d’usine pour montrer que l’industrie reconnaît l’expérience.',
    ],
    careerPaths: [
      'J’ai quitté le lycée en première. J’ai enchaîné des missions d’intérim en usine, puis j’ai été embauché comme opérateur. Devenu conducteur de ligne, je voulais évoluer vers un poste de chef d’équipe. La VAE m’a apporté le diplôme qui me manquait.',
      'J’ai travaillé douze ans dans une usine textile, puis dans la plasturgie après la fermeture de mon site. Ma conseillère m’a encouragée à faire reconnaître mes compétences. Avec le bac pro en poche, j’ai pu reprendre un BTS.',
      'Mon entreprise a lancé une démarche de VAE collective pour ses conducteurs de ligne. J’ai hésité, puis je me suis lancé avec trois collègues. Nous avons été accompagnés par un organisme de formation et avons tous obtenu le diplôme.',
    ],
    interventions: ['individual_testimony', 'forum', 'company_visit', 'remote_exchange'],
    publics: ['adults_retraining', 'job_seekers', 'young_neet', 'educational_teams'],
  },
  {
    type: 'vae',
    sector: 'M',
    jobTitle: 'Titre professionnel Secrétaire assistante obtenu par VAE',
    voice: 'f',
    organisations: ['Cabinet Fournier Expertise & Conseil', 'Mairie de Saint-Aubin-des-Prés', 'Transports du Ternois'],
    presentations: [
      'Après vingt ans comme secrétaire sans diplôme, j’ai obtenu un titre professionnel de secrétaire assistante par la VAE. Cette reconnaissance m’a donné confiance et m’a permis de changer d’employeur. Je viens partager mon expérience.',
      'Je suis assistante de direction dans une PME de transport. J’ai fait valider mon expérience pour obtenir un titre professionnel, puis un BTS Support à l’action managériale. J’aime encourager les adultes à faire reconnaître leurs compétences.',
      'La VAE m’a permis d’obtenir un diplôme en continuant à travailler et à m’occuper de ma famille. Je témoigne volontiers lors de forums emploi ou d’entretiens individuels avec des personnes qui hésitent.',
    ],
    careerPaths: [
      'J’ai arrêté l’école après la troisième. J’ai été standardiste, puis secrétaire dans plusieurs entreprises. J’avais toutes les compétences mais aucun diplôme. Un conseiller en évolution professionnelle m’a orientée vers la VAE, que j’ai réussie en neuf mois.',
      'Secrétaire dans un cabinet comptable depuis douze ans, je voulais évoluer vers un poste d’assistante de direction. La VAE a été la première étape : titre professionnel d’abord, puis BTS grâce à une seconde validation.',
      'J’ai commencé comme agente d’accueil dans une mairie en contrat aidé. Au fil des années, on m’a confié le secrétariat, la comptabilité simple et l’état civil. La VAE m’a permis de valoriser cette expérience et de passer un concours.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'parents', 'young_neet'],
  },
  {
    type: 'vae',
    sector: 'I',
    jobTitle: 'BTS Électrotechnique obtenu par VAE',
    voice: 'n',
    organisations: ['Maintenance Services Nord', 'Papeteries du Cambrésis', 'Énergies Renouvelables du Boulonnais'],
    presentations: [
      'Électricien de maintenance depuis quinze ans, j’ai obtenu mon BTS Électrotechnique par la validation des acquis. Je suis aujourd’hui responsable d’un petit service de maintenance. Je viens montrer que l’expérience peut ouvrir les portes d’un diplôme de niveau supérieur.',
      'J’ai fait valider mon expérience de technicien en électricité industrielle. Le BTS m’a permis d’être reconnu à ma juste valeur. J’aime conseiller les techniciens et les adultes en reconversion qui envisagent une VAE.',
      'Technicien dans l’éolien, j’ai obtenu mon BTS par la VAE après avoir travaillé dans plusieurs secteurs. Je peux témoigner lors de forums ou d’échanges à distance sur la démarche et sur la préparation du jury.',
    ],
    careerPaths: [
      'Après un bac pro Électrotechnique, j’ai travaillé quinze ans en maintenance industrielle. J’avais pris des responsabilités sans diplôme correspondant. Mon entreprise m’a soutenu dans la VAE pour le BTS, ce qui a permis ma promotion.',
      'J’ai appris l’électricité dans l’armée. À mon retour à la vie civile, j’ai travaillé comme électricien, puis technicien de maintenance. La VAE m’a permis d’obtenir un diplôme civil reconnu pour mes compétences. Je prépare maintenant un poste de responsable de maintenance.',
      'Électricien en bâtiment, puis en industrie, j’ai enchaîné les formations courtes sans diplôme final. Un conseiller m’a proposé de regrouper tout cela dans une VAE. J’ai obtenu une validation partielle, puis complétée par un module de formation.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'apprentices', 'educational_teams'],
  },
  {
    type: 'vae',
    sector: 'K',
    jobTitle: 'Monitrice-éducatrice diplômée par VAE',
    voice: 'f',
    organisations: ['Foyer éducatif Les Tilleuls', 'Institut médico-éducatif du Val de Somme', 'Maison d’enfants Les Hirondelles'],
    presentations: [
      'J’ai travaillé huit ans comme surveillante de nuit dans un foyer pour adolescents avant d’obtenir le diplôme de monitrice-éducatrice par la VAE. Je viens partager mon parcours et encourager ceux qui travaillent dans le social sans diplôme.',
      'Monitrice-éducatrice dans un institut médico-éducatif, j’ai fait reconnaître mon expérience d’animatrice auprès d’enfants en situation de handicap. La VAE m’a permis d’obtenir un emploi stable et mieux rémunéré.',
      'Je témoigne de ma VAE dans le travail social : les étapes, le livret à rédiger, l’entretien avec le jury. Je peux échanger avec des adultes en reconversion et des équipes qui accompagnent des salariés vers la certification.',
    ],
    careerPaths: [
      'J’ai arrêté mes études après le bac. J’ai été animatrice en centre de loisirs, puis surveillante de nuit dans un foyer de l’enfance. J’ai accompagné des jeunes au quotidien pendant huit ans. La VAE a reconnu ce travail, et je suis devenue monitrice-éducatrice.',
      'Aide médico-psychologique pendant dix ans, je faisais de plus en plus d’accompagnement éducatif. La VAE m’a permis d’obtenir le diplôme de monitrice-éducatrice. Je réfléchis maintenant à devenir éducatrice spécialisée.',
      'Ancienne animatrice périscolaire, j’ai travaillé ensuite en accueil de jour pour personnes handicapées. Mon association m’a encouragée à faire une VAE. J’ai été accompagnée par un institut de formation et j’ai obtenu le diplôme en un an.',
    ],
    interventions: ['individual_testimony', 'forum', 'remote_exchange', 'classroom_talk'],
    publics: ['adults_retraining', 'job_seekers', 'educational_teams', 'students'],
  },
];
