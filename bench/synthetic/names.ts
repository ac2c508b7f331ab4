/**
 * Name pools by culture. Invented combinations of common given names and surnames;
 * none is taken from the sample articles (generate.test.ts checks that). Some carry
 * diacritics or several parts ("de la Fuente", "Abu Samra") so that spelling variants
 * and multi-token names reach the pipeline's entity resolution.
 */
export interface NameCulture {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly surnames: readonly string[];
}

export const CULTURES = {
  english: {
    female: ['Harriet', 'Gwendolyn', 'Abigail', 'Rosalind', 'Felicity', 'Imogen'],
    male: ['Rupert', 'Nigel', 'Gareth', 'Crispin', 'Desmond', 'Ambrose'],
    surnames: ['Ashworth', 'Pemberton', 'Whitlock', 'Hargreaves', 'Fairbanks', 'Cartwright', 'Blakemore', 'Thornbury', 'Kingsley', 'Halloway', 'Redgrave', 'Wetherby', 'Stanbridge', 'Lockhart', 'Ellery', 'Rowntree'],
  },
  irish: {
    female: ['Siobhan', 'Aoife', 'Niamh', 'Róisín', 'Orla'],
    male: ['Cathal', 'Donal', 'Fergal', 'Ciarán', 'Eamon'],
    surnames: ['Ó Súilleabháin', 'McGuinness', 'Donnelly', 'Fitzgerald', 'Brennan', 'Callaghan', 'Moriarty', 'Keane', 'Gallagher', 'MacNamara', 'Tierney', 'Hennessy', 'Dunleavy', 'Quinlan'],
  },
  german: {
    female: ['Annegret', 'Friederike', 'Heike', 'Ulrike', 'Sieglinde', 'Wiebke'],
    male: ['Dietrich', 'Volker', 'Lothar', 'Reinhard', 'Wolfgang', 'Jürgen'],
    surnames: ['Hoffmann', 'Brückner', 'Lindemann', 'Kessler', 'Zimmermann', 'Oberholzer', 'Strauch', 'Vogelsang', 'Engelhardt', 'Pfeiffer', 'Rautenberg', 'Schönfeld', 'Wachtmeister', 'Kühnel', 'Dreher', 'von Ahlefeldt'],
  },
  nordic: {
    female: ['Solveig', 'Ingeborg', 'Sigrid', 'Ragnhild', 'Linnea', 'Åsa'],
    male: ['Torbjørn', 'Leif', 'Henrik', 'Søren', 'Arvid', 'Ulf'],
    surnames: ['Lindqvist', 'Bergström', 'Haugland', 'Sandvik', 'Økland', 'Nyberg', 'Ekström', 'Rasmussen', 'Thorsen', 'Holmgren', 'Kvalheim', 'Fjeldstad', 'Åberg', 'Dahlberg', 'Gunnarsson', 'Mikkelsen'],
  },
  finnish: {
    female: ['Aino', 'Liisa', 'Tuulikki', 'Satu'],
    male: ['Jukka', 'Pekka', 'Tapani', 'Olli'],
    surnames: ['Virtanen', 'Mäkelä', 'Heikkinen', 'Koskinen', 'Laaksonen', 'Rantanen', 'Nieminen', 'Salonen', 'Järvinen', 'Lehtonen'],
  },
  french: {
    female: ['Margaux', 'Séverine', 'Delphine', 'Amélie', 'Brigitte', 'Solène'],
    male: ['Thibault', 'Gérard', 'Lucien', 'Benoît', 'Yannick', 'Olivier'],
    surnames: ['Lefebvre', 'Moreau', 'Delacroix', 'Bonnefoy', 'Girardot', 'Chevalier', 'Marchand', 'Rousseau', 'Duplessis', 'Lambert', 'Vasseur', 'Fontaine', 'Ducasse', 'Peyrard', 'Castelnau', 'Thibodeau'],
  },
  dutch: {
    female: ['Marieke', 'Femke', 'Anouk', 'Liesbeth'],
    male: ['Joost', 'Maarten', 'Pieter', 'Gerrit'],
    surnames: ['van der Berg', 'de Vries', 'Jansen', 'Visser', 'van Dijk', 'Smits', 'Verhoeven', 'Kuipers', 'de Graaf', 'Bosman', 'Hendriks', 'van Leeuwen'],
  },
  italian: {
    female: ['Francesca', 'Giulia', 'Ludovica', 'Ornella', 'Benedetta', 'Serena'],
    male: ['Giancarlo', 'Fabrizio', 'Lorenzo', 'Massimo', 'Vittorio', 'Stefano'],
    surnames: ['Bianchini', 'Castellano', 'Ferraresi', 'Lombardi', 'Moretti', 'Santoro', 'Pellegrini', 'Marchetti', 'Colombo', 'Ricciardi', 'Galli', 'Fontana', 'De Luca', 'Bellucci', 'Caruso', 'Testa'],
  },
  iberian: {
    female: ['Inmaculada', 'Montserrat', 'Leonor', 'Conceição', 'Pilar'],
    male: ['Joaquín', 'Xavier', 'Gonçalo', 'Ignacio', 'Álvaro'],
    surnames: ['Fernández', 'Echeverría', 'Ibarra', 'de la Fuente', 'Gonçalves', 'Carvalho', 'Azevedo', 'Sarmiento', 'Olivares', 'Quintana', 'Barros', 'Mendonça', 'Aguirre', 'Villanueva'],
  },
  latin: {
    female: ['Valentina', 'Ximena', 'Luciana', 'Guadalupe', 'Marisol', 'Yolanda'],
    male: ['Sebastián', 'Rodrigo', 'Esteban', 'Mauricio', 'Ernesto', 'Julián'],
    surnames: ['Ramírez', 'Castañeda', 'Sepúlveda', 'Montoya', 'Urrutia', 'Cárdenas', 'Zamora', 'Benítez', 'Figueroa', 'Valdivia', 'Navarrete', 'Palacios', 'Ocampo', 'Restrepo', 'Galeano', 'Arellano'],
  },
  greek: {
    female: ['Eleni', 'Katerina', 'Dimitra', 'Panagiota'],
    male: ['Stavros', 'Konstantinos', 'Yiannis', 'Spyros'],
    surnames: ['Papadopoulos', 'Konstantinidis', 'Karamanlis', 'Georgiou', 'Theodorakis', 'Vlachou', 'Antoniadis', 'Mavridis', 'Stathopoulos', 'Kyriakou'],
  },
  slavic: {
    female: ['Agnieszka', 'Zuzana', 'Milena', 'Jelena', 'Oksana', 'Svetlana'],
    male: ['Łukasz', 'Tomasz', 'Dragan', 'Miroslav', 'Bohdan', 'Vojtěch'],
    surnames: ['Kowalczyk', 'Wiśniewski', 'Nováková', 'Horvat', 'Petrović', 'Kovalenko', 'Dvořák', 'Zieliński', 'Babić', 'Shevchenko', 'Marković', 'Jankowski', 'Procházka', 'Bondarenko', 'Lewandowska', 'Kostić'],
  },
  baltic: {
    female: ['Rasa', 'Ieva', 'Kristiina'],
    male: ['Mindaugas', 'Aivars', 'Tõnis'],
    surnames: ['Kazlauskas', 'Bērziņš', 'Tamm', 'Ozoliņš', 'Petrauskienė', 'Saar', 'Kalniņš', 'Vaitkus'],
  },
  hungarian: {
    female: ['Zsófia', 'Ildikó', 'Réka', 'Erzsébet'],
    male: ['Gábor', 'Zoltán', 'Levente', 'Csaba'],
    surnames: ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Farkas', 'Balogh', 'Vörös', 'Halász'],
  },
  romanian: {
    female: ['Ioana', 'Corina', 'Mirela'],
    male: ['Radu', 'Sorin', 'Mircea'],
    surnames: ['Popescu', 'Ionescu', 'Dumitrescu', 'Constantinescu', 'Vasilescu', 'Georgescu', 'Stănescu'],
  },
  turkish: {
    female: ['Elif', 'Zeynep', 'Gülşen', 'Ayşegül', 'Nilüfer'],
    male: ['Emre', 'Mehmet', 'Ömer', 'Burak', 'Serkan'],
    surnames: ['Yılmaz', 'Demirci', 'Öztürk', 'Çelik', 'Karaca', 'Aydoğan', 'Şahin', 'Kocabaş', 'Erdem', 'Güneş', 'Arslan', 'Tekin'],
  },
  arabic: {
    female: ['Layla', 'Rania', 'Nadia', 'Yasmin', 'Huda', 'Salma'],
    male: ['Karim', 'Tariq', 'Youssef', 'Khalid', 'Omar', 'Nabil'],
    surnames: ['Haddad', 'Khoury', 'Al-Masri', 'Abu Samra', 'Mansour', 'Nasrallah', 'El-Amin', 'Qasim', 'Saleh', 'Barakat', 'Hamdan', 'Al-Rashid', 'Bishara', 'Darwish', 'Farouk', 'Ghanem'],
  },
  persian: {
    female: ['Shirin', 'Mahsa', 'Parisa', 'Golnaz', 'Roya', 'Leila', 'Taraneh', 'Nasrin'],
    male: ['Dariush', 'Kourosh', 'Babak', 'Kamran', 'Arash', 'Farhad', 'Siavash', 'Nima'],
    surnames: ['Tehrani', 'Mirzaei', 'Ghorbani', 'Sadeghi', 'Javanmard', 'Khosravi', 'Nikpour', 'Rostami', 'Farahani', 'Mousavian', 'Bahrami', 'Azarnoush', 'Kamali', 'Esfandiari', 'Ghaffari', 'Shirazi', 'Naderi', 'Taheri', 'Yazdani', 'Hashemzadeh'],
  },
  southAsian: {
    female: ['Priya', 'Anjali', 'Lakshmi', 'Farzana', 'Kavita', 'Nusrat'],
    male: ['Arjun', 'Vikram', 'Sanjay', 'Imran', 'Rajesh', 'Tahir'],
    surnames: ['Chatterjee', 'Raghunathan', 'Iyer', 'Malhotra', 'Siddiqui', 'Banerjee', 'Qureshi', 'Deshpande', 'Bhattacharya', 'Chaudhry', 'Menon', 'Rahman', 'Pillai', 'Kapoor', 'Jayasuriya', 'Thapa'],
  },
  eastAsian: {
    female: ['Mei', 'Yuki', 'Haruka', 'Ji-woo', 'Xiaoling', 'Seo-yeon'],
    male: ['Wei', 'Hiroshi', 'Takumi', 'Min-jun', 'Jianguo', 'Kenji'],
    surnames: ['Zhang', 'Nakamura', 'Watanabe', 'Park', 'Choi', 'Liu', 'Tanaka', 'Huang', 'Kobayashi', 'Yoon', 'Zhou', 'Matsumoto', 'Han', 'Lin', 'Fujimoto', 'Seo'],
  },
  southeastAsian: {
    female: ['Siti', 'Ratna', 'Thi Lan', 'Maricel'],
    male: ['Budi', 'Anan', 'Quang', 'Rizal'],
    surnames: ['Santoso', 'Nguyen', 'Wongsakul', 'Reyes', 'Hidayat', 'Tran', 'Dela Rosa', 'Pradipta', 'Chanthavong', 'Bautista'],
  },
  westAfrican: {
    female: ['Adaeze', 'Folasade', 'Aminata', 'Efua', 'Ngozi'],
    male: ['Chukwuemeka', 'Kwabena', 'Oluwaseun', 'Mamadou', 'Kofi'],
    surnames: ['Okonkwo', 'Adeyemi', 'Mensah', 'Diallo', 'Boateng', 'Okafor', 'Traoré', 'Asante', 'Olawale', 'Ndiaye', 'Eze', 'Owusu', 'Sow', 'Adebayo'],
  },
  eastAfrican: {
    female: ['Wanjiru', 'Nomvula', 'Thandiwe', 'Amara', 'Zawadi'],
    male: ['Tendai', 'Sipho', 'Baraka', 'Jabari', 'Themba'],
    surnames: ['Mwangi', 'Dlamini', 'Ndlovu', 'Otieno', 'Mutasa', 'Kamau', 'Nkosi', 'Achieng', 'Haile', 'Tesfaye', 'Moyo', 'Wanyama', 'Chikwanha', 'Banda'],
  },
} as const satisfies Record<string, NameCulture>;

export type CultureName = keyof typeof CULTURES;
export const CULTURE_NAMES = Object.keys(CULTURES) as CultureName[];
