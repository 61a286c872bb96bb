import type { AmbassadorType, Intervention, Public, Sector } from '../vocabularies';

export interface CatalogueEntry {
  /** Ambassador type this entry describes. */
  type: AmbassadorType;
  /** ROME domain letter A..N. */
  sector: Sector;
  /** Job or training title, short, e.g. « Technicienne de maintenance industrielle » (use the feminine or masculine form, or both, varying across entries). */
  jobTitle: string;
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
    organisations: ['Studio Brique & Pixel', 'Agence Créative de la Deûle', 'Atelier Graphique du Beauvaisis'],
    presentations: [
      'Je crée des identités visuelles, des affiches et des animations pour des entreprises, des festivals et des associations. Je travaille sur ordinateur, mais tout commence souvent par un carnet de croquis. J’aime montrer aux élèves les étapes d’un projet, de la première idée au rendu final.',
      'Graphiste indépendant, je travaille principalement pour des clients de la région. Je suis à la fois créatif, commercial et gestionnaire de ma petite entreprise. Je viens témoigner de la liberté mais aussi de la rigueur qu’exige ce statut.',
      'Motion designer dans une agence, j’anime des logos, des vidéos explicatives et des contenus pour les réseaux sociaux. Je peux montrer mes logiciels et quelques réalisations. C’est un métier où la curiosité et le travail personnel comptent autant que le diplôme.',
    ],
    careerPaths: [
      'Bac STD2A, puis DN MADE mention graphisme. J’ai fait mon stage de fin d’études dans une agence de Lille qui m’a embauché. Après cinq ans, je me suis lancé en indépendant pour choisir mes projets.',
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
    organisations: ['Pharmacie de la Place d’Armes', 'Pharmacie des Hortillonnages', 'Pharmacie centrale du Laonnois'],
    presentations: [
      'Je délivre les médicaments sur ordonnance, je conseille les patients, je prépare certaines préparations et je gère les stocks. Je travaille sous la responsabilité du pharmacien, mais avec beaucoup d’autonomie. C’est un métier de santé et de contact.',
      'Préparateur en officine, je connais la plupart des patients du quartier par leur prénom. Il faut de la rigueur, une bonne mémoire et beaucoup d’écoute. Je viens présenter un métier accessible par l’apprentissage et qui recrute partout dans la région.',
      'Je travaille dans une pharmacie rurale où l’on fait aussi de la location de matériel médical et du conseil en orthopédie. J’aime expliquer aux jeunes qu’on peut travailler dans la santé sans faire de longues études.',
    ],
    careerPaths: [
      'Bac ST2S, puis brevet professionnel de préparateur en pharmacie en apprentissage dans l’officine où je travaille toujours. Aujourd’hui, la formation est devenue un diplôme universitaire, toujours en alternance. J’encadre moi-même un apprenti.',
      'Après un bac pro commerce, j’ai été vendeur en parapharmacie. J’ai eu envie d’aller plus loin dans le conseil santé et j’ai repris une formation de préparateur en alternance. Mon expérience de la vente m’a beaucoup aidé.',
      'J’ai commencé des études de pharmacie que je n’ai pas terminées. J’ai rebondi en préparant le diplôme de préparateur. Je me suis ensuite spécialisé dans l’orthopédie et le matériel médical pour les personnes âgées.',
    ],
    interventions: ['classroom_talk', 'forum', 'discovery_internship', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'apprentices', 'young_neet'],
  },
  {
    type: 'professional',
    sector: 'J',
    jobTitle: 'Manipulatrice en électroradiologie médicale',
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
    organisations: ['Association Bien Vivre à Domicile', 'Service d’aide à domicile du Montreuillois', 'Entraide et Services de la Thiérache'],
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
    organisations: ['Foyer éducatif Les Tilleuls', 'Institut médico-éducatif du Val de Somme', 'Association Passerelles Jeunesse'],
    presentations: [
      'J’accompagne des adolescents placés par la protection de l’enfance. Mon rôle : les aider à reprendre confiance, à construire un projet, à retrouver un lien avec l’école ou la formation. C’est exigeant émotionnellement, mais chaque petite victoire compte.',
      'Éducateur dans un institut médico-éducatif, je travaille avec des jeunes en situation de handicap. Ateliers, sorties, insertion professionnelle : je cherche à développer leur autonomie. Je viens présenter les métiers du social, très divers et trop peu connus.',
      'Je suis éducateur de prévention dans les quartiers. Je vais à la rencontre des jeunes, là où ils sont. Je parle volontiers avec des lycéens ou des équipes éducatives de ce métier de terrain et de relation, ainsi que des formations pour y accéder.',
    ],
    careerPaths: [
      'Bac ES, puis trois ans de formation d’éducateur spécialisé dans un institut de travail social, avec de nombreux stages. Mon premier poste était en foyer pour adolescents. J’y ai appris l’essentiel de mon métier.',
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
    organisations: ['Théâtre des Trois Ponts', 'Scène conventionnée du Boulonnais', 'Salle de concerts Le Chevalement'],
    presentations: [
      'Je conçois et je règle les éclairages des spectacles : théâtre, danse, concerts. Je travaille avec les metteurs en scène pour créer des ambiances, puis je pilote la console pendant les représentations. Un métier technique et artistique, souvent la nuit.',
      'Régisseuse lumière dans un théâtre, je prépare l’accueil des compagnies, je monte les projecteurs et je programme les effets. Je suis intermittente, avec des contrats variés. J’aime faire découvrir aux jeunes les coulisses d’un spectacle.',
      'Je travaille pour une salle de concerts et je pars parfois en tournée avec des groupes. Je viens montrer nos outils, des consoles aux projecteurs automatisés, et parler des formations qui existent dans la région.',
    ],
    careerPaths: [
      'Bac pro Systèmes numériques, puis DMA Régie du spectacle, option lumière. J’ai commencé comme technicienne polyvalente dans un théâtre, puis je me suis spécialisée. Je suis intermittente depuis huit ans.',
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
    organisations: ['Cabinet Fournier Expertise & Conseil', 'Audit Comptable de l’Artois', 'Nord Gestion Associés'],
    presentations: [
      'Je tiens la comptabilité d’une quarantaine de clients : artisans, commerçants, agriculteurs, associations. Je prépare leurs bilans, leurs déclarations fiscales et je les conseille. Un métier loin des clichés : on parle beaucoup avec les clients et on comprend comment vivent les entreprises.',
      'Comptable en cabinet, j’aime les chiffres mais surtout ce qu’ils racontent. Le métier se digitalise et devient de plus en plus un métier de conseil. Je viens expliquer aux lycéens les différentes voies pour y arriver, du BTS à l’expertise comptable.',
      'Je suis collaboratrice comptable et tutrice d’alternants. Nous recrutons chaque année sans trouver assez de candidats. Je présente un métier stable, qui permet le télétravail partiel et de belles évolutions.',
    ],
    careerPaths: [
      'Bac STMG, puis BTS Comptabilité et gestion en alternance dans le cabinet où je suis toujours. J’ai enchaîné avec le diplôme de comptabilité et de gestion, en cours du soir. Je gère aujourd’hui mon propre portefeuille de clients.',
      'J’ai fait une licence de gestion à l’université, puis un master comptabilité-contrôle-audit en alternance. Je prépare maintenant le diplôme d’expertise comptable pour devenir associée un jour.',
      'J’ai commencé comme aide-comptable dans une entreprise de transport, sans diplôme spécifique, après un bac pro vente. J’ai appris sur le tas, puis j’ai validé un titre professionnel de gestionnaire comptable. J’ai ensuite rejoint un cabinet pour gagner en variété.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'apprentices', 'job_seekers'],
  },
  {
    type: 'professional',
    sector: 'M',
    jobTitle: 'Chargée de recrutement',
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
    jobTitle: 'Administrateur systèmes et réseaux',
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
    organisations: ['Transit Maritime de Dunkerque Ouest', 'Comptoir Transmanche du Calaisis', 'Agence de Commissionnaires du Port Est'],
    presentations: [
      'Je prépare les formalités de douane pour les marchandises qui entrent et sortent par le port : conteneurs, camions, produits alimentaires. Je dois connaître la réglementation et les codes douaniers sur le bout des doigts. C’est un métier méconnu, au cœur du commerce international.',
      'Déclarante en douane dans une entreprise de transit, je travaille avec des clients du monde entier. Depuis que le Royaume-Uni a quitté l’Union européenne, notre activité a explosé sur le littoral. Je viens parler de ce métier précis, stratégique et qui recrute.',
      'Je suis responsable d’une équipe de déclarants au port. Je parle anglais tous les jours et chaque dossier est différent. J’aime montrer aux lycéens que la logistique ne se limite pas aux entrepôts et aux camions.',
    ],
    careerPaths: [
      'Bac STMG, puis BTS Commerce international. J’ai fait mon alternance dans un commissionnaire en douane au port, qui m’a embauché. J’ai suivi ensuite une formation certifiante en réglementation douanière.',
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
    organisations: ['CFA des Métiers de la Banque et de la Finance de Lille-Sud', 'Lycée du Tertiaire Les Hauts de Flandre', 'Crédit des Deux Vallées'],
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
    organisations: ['Lycée professionnel des Deux Caps', 'Lycée polyvalent du Val de Sensée', 'Lycée des métiers Pierre-et-Brique'],
    presentations: [
      'Je suis en terminale bac pro Métiers du commerce et de la vente. On apprend la vente, la gestion d’un rayon, la relation client, mais aussi la prospection. Mes stages en magasin de sport m’ont confirmé que je voulais continuer dans ce domaine.',
      'Élève en première bac pro commerce, j’alterne les cours au lycée et les périodes de formation en entreprise. Je veux expliquer aux collégiens que la voie professionnelle n’est pas un choix par défaut, et qu’on peut aller loin ensuite.',
      'Je prépare un bac pro commerce et je suis déléguée de ma classe. Je vais souvent aux portes ouvertes de mon lycée pour parler aux familles. J’aimerais ensuite faire un BTS en alternance et peut-être ouvrir ma boutique.',
    ],
    careerPaths: [
      'Au collège, je n’étais pas très scolaire et j’avais peur de l’orientation. Un stage de troisième dans une boutique de vêtements m’a donné confiance. J’ai choisi la seconde professionnelle famille des métiers de la relation client, puis la spécialité commerce.',
      'J’ai commencé en seconde générale, mais j’étais perdue. Je me suis réorientée en fin d’année vers la voie professionnelle, grâce à une passerelle. Depuis, mes notes ont remonté et je sais ce que je veux faire.',
      'J’ai toujours aimé parler avec les gens et vendre, même des gâteaux pour les fêtes de l’école ! J’ai choisi le bac pro commerce sans hésiter. Mes stages en grande surface et en jardinerie m’ont permis de découvrir plusieurs univers.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'parents', 'educational_teams', 'young_neet'],
  },
  {
    type: 'student_apprentice',
    sector: 'D',
    jobTitle: 'Apprenti en CAP Boulanger',
    organisations: ['CFA des Métiers de Bouche du Cambrésis', 'Boulangerie Au Pain des Flandres', 'Institut des Métiers de l’Artisanat du Littoral'],
    presentations: [
      'Je suis apprenti boulanger en première année de CAP. Je commence à quatre heures du matin au fournil, et j’apprends à faire le pain, les baguettes, les viennoiseries. Je veux montrer aux collégiens que l’apprentissage, c’est sérieux et motivant.',
      'En CAP Boulanger par apprentissage, je passe trois semaines en boulangerie et une au CFA. Mon patron me fait confiance et me laisse déjà faire une partie de la production. Je peux répondre à toutes les questions sur la vie d’apprenti.',
      'Je prépare mon CAP tout en travaillant dans une boulangerie de village. J’aime le contact avec les clients quand je donne un coup de main en boutique. Je viens parler de ce choix, que mes parents ont mis un peu de temps à accepter.',
    ],
    careerPaths: [
      'Je me suis décidé en quatrième, après une journée de découverte au CFA. J’ai fait mon stage de troisième dans la boulangerie de mon quartier, qui m’a ensuite proposé un contrat d’apprentissage. J’ai commencé juste après le brevet.',
      'J’ai passé deux ans en bac pro dans un domaine qui ne me plaisait pas. J’ai arrêté et je suis resté quelques mois sans rien faire. Une mission locale m’a aidé à trouver un patron boulanger. Aujourd’hui, je me lève avec plaisir.',
      'Après mon bac, j’ai voulu faire un métier manuel. Je suis entré en CAP Boulanger en un an, ce qui est possible quand on a déjà un diplôme. Je compte enchaîner avec un CAP Pâtissier, puis un brevet professionnel.',
    ],
    interventions: ['classroom_talk', 'forum', 'individual_testimony', 'remote_exchange'],
    publics: ['middle_school', 'young_neet', 'parents', 'apprentices'],
  },
  {
    type: 'student_apprentice',
    sector: 'E',
    jobTitle: 'Étudiant en BUT Métiers du multimédia et de l’internet',
    organisations: ['IUT fictif de la Côte d’Opale', 'Institut universitaire de l’Artois numérique', 'Studio Brique & Pixel'],
    presentations: [
      'Je suis en deuxième année de BUT Métiers du multimédia et de l’internet. On touche à tout : développement web, graphisme, vidéo, communication. Je présente volontiers nos projets et la vie étudiante dans un IUT de taille humaine.',
      'Étudiante en BUT MMI en alternance dans une agence de communication, je m’occupe de réseaux sociaux et de petites vidéos. Je viens dire aux lycéens qu’on n’a pas besoin d’être un pro de l’informatique pour commencer.',
      'En troisième année de BUT, je me spécialise dans le développement web. J’ai réalisé plusieurs sites pour des associations locales. Je peux montrer mon portfolio et expliquer comment construire un dossier de candidature.',
    ],
    careerPaths: [
      'Bac général avec spécialités mathématiques et numérique. Je faisais déjà des montages vidéo pour mes amis. J’ai choisi le BUT MMI pour sa polyvalence. En deuxième année, j’ai trouvé une alternance dans une agence.',
      'J’ai eu un bac STD2A. Je savais dessiner mais je voulais apprendre le numérique. Le BUT m’a permis d’associer les deux. Mon stage dans une salle de spectacle m’a fait découvrir la communication culturelle.',
      'Bac pro Systèmes numériques, puis une année en BTS qui ne me convenait pas. J’ai été accepté en BUT grâce à mon portfolio et à ma motivation. Les débuts ont été difficiles, mais aujourd’hui je suis à l’aise et je donne des coups de main aux premières années.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'F',
    jobTitle: 'Étudiant en BUT Génie civil – construction durable',
    organisations: ['IUT des Collines d’Artois', 'Institut universitaire du Hainaut-Cambrésis', 'Bâtir en Hainaut'],
    presentations: [
      'Je suis en BUT Génie civil – construction durable. On apprend la conception des bâtiments, les calculs de structure, les matériaux et la gestion de chantier. Je fais mon alternance dans une entreprise de gros œuvre et j’adore aller sur le terrain.',
      'Étudiante en BUT Génie civil, je m’intéresse surtout à la rénovation énergétique. Je veux montrer aux lycéennes que le BTP a besoin d’elles, dans les bureaux d’études comme sur les chantiers.',
      'En dernière année de BUT en apprentissage, je suis assistant conducteur de travaux sur un chantier de logements. Je peux parler des différences entre BTS, BUT et école d’ingénieurs, puisque je me suis beaucoup posé la question.',
    ],
    careerPaths: [
      'Bac STI2D option architecture et construction. J’ai hésité avec un BTS Bâtiment, mais le BUT me laissait plus de possibilités pour la suite. Je pense continuer en école d’ingénieurs en alternance.',
      'J’ai fait un bac général avec physique et mathématiques. Je voulais un métier concret, utile pour la planète. Un forum m’a fait découvrir le génie civil. J’ai choisi l’alternance à partir de la deuxième année.',
      'Après un bac pro Technicien du bâtiment, j’ai été accepté en BUT. Au début, les mathématiques étaient difficiles, mais l’IUT propose du soutien. Mon expérience pratique est un atout sur les chantiers.',
    ],
    interventions: ['classroom_talk', 'forum', 'remote_exchange', 'individual_testimony'],
    publics: ['high_school', 'students', 'parents', 'educational_teams'],
  },
  {
    type: 'student_apprentice',
    sector: 'F',
    jobTitle: 'Apprentie en CAP Maçon',
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
