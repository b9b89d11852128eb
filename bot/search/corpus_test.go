package search

// A small multilingual test corpus, written for these tests (not the real content).

func topic(lang, id, title, body string, questions ...string) Doc {
	return Doc{ID: id, Kind: "topic", Lang: lang, Titles: []string{title}, Questions: questions, Body: body}
}

func country(lang, id, body string, names ...string) Doc {
	return Doc{ID: id, Kind: "country", Lang: lang, Titles: names, Body: body}
}

func org(lang, id, body string, names ...string) Doc {
	return Doc{ID: id, Kind: "org", Lang: lang, Titles: names, Body: body}
}

var testDocs = []Doc{
	// English
	topic("en", "alabuga-start", "The Alabuga Start programme",
		"Alabuga Start recruits young women from Africa and Central Asia to work at a factory in Tatarstan that assembles Shahed attack drones. The work is hard, the pay is lower than promised and the factory has been struck by Ukrainian drones.",
		"What is Alabuga Start?", "Is the Alabuga job offer real?", "They offered me a job in Tatarstan at a drone factory",
		"Is it safe to work at Alabuga?", "Recruiters promised me study and work in Russia, is it a trap?"),
	topic("en", "terminate-contract", "Terminating a military contract",
		"A contract with the Russian Ministry of Defence is hard to end. Write down everything, keep copies of documents and contact a human rights group before you act; do not desert without a plan.",
		"How can I terminate my contract with the Russian army?", "Can I cancel the contract I signed?",
		"I signed a contract, how do I get out?", "How to break a military contract", "I want to quit the army"),
	topic("en", "tajik-deaths", "Citizens of Tajikistan killed in the war",
		"Journalists counted dozens of Tajik citizens killed after signing contracts with the Russian army; the real number is likely higher.",
		"How many Tajiks have died in the war?", "How many people from Tajikistan were killed?",
		"Are Tajik migrants dying in Ukraine?"),
	topic("en", "nepal-response", "What the government of Nepal did",
		"Nepal stopped issuing work permits for Russia and Ukraine and asked Moscow to send its citizens home and return the bodies of the dead.",
		"What did the government of Nepal do?", "Did Nepal ban work in Russia?", "Can Nepalis still go to Russia?"),
	topic("en", "find-relative", "Looking for a missing relative",
		"If a relative who went to fight has stopped answering, ask for help from organizations that search for missing soldiers and prisoners of war.",
		"My son is missing in the war, how do I find him?", "How to find a husband who went to fight",
		"My brother stopped answering the phone after he went to the front"),
	country("en", "np", "Hundreds of Nepalese men were recruited into the Russian army.", "Nepal", "Nepali", "Nepalese"),
	country("en", "tj", "Migrants from Tajikistan are pressed to sign contracts.", "Tajikistan", "Tajik", "Tajiks"),
	country("en", "lk", "Sri Lankan veterans were recruited through agents.", "Sri Lanka", "Sri Lankan"),
	country("en", "ne", "", "Niger"),
	country("en", "ng", "", "Nigeria", "Nigerian"),
	country("en", "ml", "", "Mali"),
	country("en", "cu", "Cubans were recruited with offers of construction work.", "Cuba", "Cuban", "Cubans"),
	country("en", "ss", "", "South Sudan"),
	country("en", "sd", "", "Sudan"),
	org("en", "get-lost", "Helps people leave the army and Russia.", "Get Lost", "Idite Lesom"),

	// Russian
	topic("ru", "alabuga-start", "Программа «Алабуга Старт»",
		"«Алабуга Старт» набирает молодых женщин из Африки и Центральной Азии на завод в Татарстане, где собирают дроны «Шахед». Работа тяжёлая, платят меньше обещанного, завод атакуют украинские дроны.",
		"Что такое Алабуга Старт?", "Это правда, что на Алабуге хорошо платят?", "Мне предложили работу на заводе в Татарстане",
		"Опасно ли работать в Алабуге?", "Вербовщики обещают учёбу и работу в России, это ловушка?"),
	topic("ru", "terminate-contract", "Как расторгнуть контракт",
		"Контракт с Минобороны расторгнуть трудно. Сохраните копии документов и до любых действий свяжитесь с правозащитниками; не уходите без плана.",
		"Как расторгнуть контракт с армией?", "Можно ли разорвать контракт, который я подписал?",
		"Я подписал контракт, как мне выйти?", "Хочу уйти из армии", "Как отказаться от контракта с Минобороны?"),
	topic("ru", "tajik-deaths", "Погибшие граждане Таджикистана",
		"Журналисты насчитали десятки граждан Таджикистана, погибших после подписания контракта; настоящее число, вероятно, больше.",
		"Сколько таджиков погибло на войне?", "Сколько граждан Таджикистана убито?", "Гибнут ли таджикские мигранты в Украине?"),
	topic("ru", "nepal-response", "Что сделало правительство Непала",
		"Непал перестал выдавать разрешения на работу в России и Украине и потребовал вернуть своих граждан и тела погибших.",
		"Что сделало правительство Непала?", "Запретил ли Непал работу в России?", "Могут ли непальцы ехать в Россию?"),
	topic("ru", "find-relative", "Поиск пропавшего родственника",
		"Если родственник, ушедший воевать, перестал выходить на связь, обратитесь в организации, которые ищут пропавших военных и пленных.",
		"Мой сын пропал на войне, как его найти?", "Как найти мужа, который ушёл воевать?", "Брат перестал отвечать на звонки после фронта"),
	country("ru", "np", "Сотни непальцев завербованы в российскую армию.", "Непал", "непальцы", "непалец"),
	country("ru", "tj", "Мигрантов из Таджикистана принуждают подписывать контракты.", "Таджикистан", "таджики", "таджик"),
	country("ru", "lk", "Ветеранов из Шри-Ланки вербовали через агентов.", "Шри-Ланка"),
	country("ru", "ne", "", "Нигер"),
	country("ru", "ng", "", "Нигерия", "нигериец"),
	country("ru", "ml", "", "Мали"),
	country("ru", "cu", "Кубинцев вербовали обещаниями работы на стройке.", "Куба", "Кубы", "Кубе", "кубинцы"),
	country("ru", "ss", "", "Южный Судан"),
	country("ru", "sd", "", "Судан"),
	country("ru", "uz", "", "Узбекистан", "узбеки", "узбек"),
	org("ru", "get-lost", "Помогает уйти из армии и уехать из России.", "Идите лесом"),

	// Uzbek (Latin, with the proper o‘ and g‘)
	topic("uz", "alabuga-start", "«Alabuga Start» dasturi",
		"«Alabuga Start» Afrika va Markaziy Osiyodan yosh qizlarni Tatariston zavodiga ishga oladi, u yerda «Shahed» dronlari yig‘iladi.",
		"Alabuga Start nima?", "Alabugada ishlash xavfsizmi?", "Menga Tataristonda zavodda ish taklif qilishdi",
		"Alabugaga borsam bo‘ladimi?"),
	topic("uz", "terminate-contract", "Harbiy shartnomani bekor qilish",
		"Mudofaa vazirligi bilan shartnomani bekor qilish qiyin. Hujjatlar nusxasini saqlang va huquq himoyachilariga murojaat qiling.",
		"Shartnomani qanday bekor qilsam bo‘ladi?", "Men shartnoma imzoladim, endi nima qilay?", "Armiyadan qanday chiqish mumkin?"),
	topic("uz", "uzbek-migrants", "Rossiyadagi o‘zbek migrantlari",
		"O‘zbekistonlik migrantlarni politsiya ushlab, shartnoma imzolashga majburlaydi. Rossiya armiyasida jang qilish O‘zbekiston qonuni bo‘yicha jinoyat.",
		"O‘zbek migrantlarini urushga majburlashyaptimi?", "Politsiya meni shartnoma imzolashga majburlayapti", "O‘zbekistonliklar urushda halok bo‘lyaptimi?"),
	country("uz", "tj", "Tojikistonlik migrantlar shartnoma imzolashga majburlanmoqda.", "Tojikiston", "tojik", "tojiklar"),
	country("uz", "uz", "O‘zbekiston fuqarolari uchun yollanish jinoyat.", "O‘zbekiston", "o‘zbek", "o‘zbeklar"),
	country("uz", "np", "", "Nepal"),

	// Kyrgyz (Cyrillic with ң ө ү)
	topic("ky", "terminate-contract", "Келишимди бузуу",
		"Коргоо министрлиги менен келишимди бузуу оор. Документтердин көчүрмөсүн сактаңыз жана укук коргоочуларга кайрылыңыз.",
		"Келишимди кантип бузсам болот?", "Мен келишимге кол койдум, эмне кылышым керек?", "Армиядан кантип чыгам?"),
	topic("ky", "kyrgyz-deaths", "Согушта курман болгон кыргызстандыктар",
		"Журналисттер орус армиясында курман болгон ондогон кыргызстандыктарды санашты.",
		"Канча кыргызстандык курман болду?", "Согушта канча кыргыз өлдү?", "Үй-бүлөм согушка кетти, эмне кылам?"),
	country("ky", "kg", "Кыргызстандыктар келишимге кол коюуга мажбурланууда.", "Кыргызстан", "кыргыз", "кыргыздар"),

	// Nepali
	topic("ne", "nepal-deaths", "रुसी सेनामा मारिएका नेपालीहरू",
		"रुसी सेनामा भर्ती भएका धेरै नेपालीहरू युद्धमा मारिएका छन्। सरकारले रुस जान श्रम स्वीकृति रोकेको छ।",
		"रुसी सेनामा कति नेपाली मारिए?", "युद्धमा कति नेपाली मरे?", "मेरो छोरा रुसमा हराएको छ, के गर्ने?"),
	topic("ne", "terminate-contract", "सैन्य सम्झौता तोड्ने",
		"रुसी रक्षा मन्त्रालयसँगको सम्झौता तोड्न गाह्रो छ। कागजातको प्रतिलिपि राख्नुहोस् र मानव अधिकार संस्थालाई सम्पर्क गर्नुहोस्।",
		"सम्झौता कसरी तोड्ने?", "मैले सम्झौतामा हस्ताक्षर गरें, अब के गर्ने?", "सेनाबाट कसरी निस्कने?"),
	country("ne", "np", "सयौं नेपालीहरू रुसी सेनामा भर्ती भए।", "नेपाल", "नेपाली"),

	// Arabic (with tashkeel in places)
	topic("ar", "alabuga-start", "برنامج ألابوغا ستارت",
		"يجند برنامج ألابوغا ستارت شابات من أفريقيا وآسيا الوسطى للعمل في مصنع في تتارستان يُجمِّع الطائرات المسيّرة.",
		"ما هو برنامج ألابوغا ستارت؟", "هل العمل في ألابوغا آمن؟", "عرضوا عليّ عملاً في مصنع في روسيا"),
	topic("ar", "terminate-contract", "إنهاء العقد العسكري",
		"من الصعب إنهاء العقد مع وزارة الدفاع الروسية. احتفظ بنسخ من الوثائق واتصل بمنظمة حقوقية.",
		"كيف أُنهي عقدي مع الجيش الروسي؟", "وقّعتُ عقداً، كيف أخرج منه؟", "أريد ترك الجيش"),
	country("ar", "sd", "", "السودان", "سوداني"),

	// Chinese (no spaces between words)
	topic("zh", "terminate-contract", "解除军事合同",
		"和俄罗斯国防部的合同很难解除。请保存文件副本，并联系人权组织。",
		"怎么解除和俄罗斯军队的合同？", "我签了合同，怎么退出？", "我想离开军队"),
	topic("zh", "find-relative", "寻找失踪的亲人",
		"如果去打仗的亲人不再回电话，请向寻找失踪士兵和战俘的组织求助。",
		"我儿子在俄罗斯失踪了", "联系不上在军队的丈夫", "怎么找到去打仗的哥哥"),
	country("zh", "np", "", "尼泊尔"),

	// Korean (particles written onto the word)
	country("ko", "np", "", "네팔", "네팔인"),

	// Amharic (Ethiopic; prepositions written onto the word)
	country("am", "np", "", "ኔፓል"),

	// An organization whose name holds another in brackets
	org("uz", "objectors", "", "Vijdonan rad etuvchilar harakati (Conscientious Objectors Movement)"),
}
