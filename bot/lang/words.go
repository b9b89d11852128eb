package lang

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Word lists: frequent function words plus the words people use when they
// write to this bot (help, son, contract, passport, army, embassy, war ...).
// A list is "lang weight words"; "-xyz" is a suffix, "xyz-" a prefix.
// Variants are generated when the tables are built: Latin words also count
// without diacritics and apostrophes, Kazakh/Kyrgyz/Tajik/Uzbek Cyrillic words
// also count as typed on a Russian keyboard, Serbian Cyrillic also in Latin.
// Spelling variants people mix (ё/е, Arabic ي/ی, ك/ک, أ/ا, ة/ه) share one key.

const (
	wStrong = 2.0 // distinctive
	wWeak   = 1.0 // frequent but shared with neighbours
	wTr     = 1.5 // transliterated Russian, Hindi, Nepali
)

type wordList struct {
	lang  string
	w     float32
	words string
}

var wordLists = []wordList{
	// Names and loanwords written the same in many of the languages: found, they
	// end the word's lookup and count for no language.
	{"", 0, `alabuga alabugu alabugi elabuga yelabuga jelabuga tatarstan tatarstane alabuga's bot ok okay okey
		telegram whatsapp viber imo signal sms wagner covid cuba cuban cubans cubano cubana cubanos nepal
		nepali nepalese india indian kenya cameroon cameroun ghana nigeria uganda somalia ethiopia lanka
		moscow rostov kazan
		алабуга алабугу алабуге алабуги алабугага елабуга елабуге татарстан татарстане бот куба кубы
		непал непала индия индии
		ألابوغا الابوغا الابوگا الابوګا الابوکا الابوغه
		अलाबुगा अलाबुगामा एलाबुगा`},
	{"en", wStrong, `the and is are was were you he she they we my your his her our their him them this that
		what how why where when who which can could does did have has had not please help hello thanks thank
		want need know would should with from for about there here now still after before because but just got
		get went going back home son daughter brother sister husband wife father mother friend cousin work job
		army contract passport embassy war money safe true real answer answering phone stopped took signed
		cancel send fight front hospital wounded missing offer salary recruiter visa it's i'm don't dont im pls
		plz can't cant didnt didn't won't doesnt heard since tell told say says said will into out some any
		been these those very much many also only then than other again someone anyone nobody something
		nothing way come came left leave morning evening night everyone anything understand legit force
		foreigners foreign promised driver cousin nephew uncle alive dead killed prison military soldier`},
	{"en", wWeak, `i a it in on at to of be do me no so if or an as by up us yes hi hey u ur am`},
	{"en", 1.2, `-ing -tion -ly -ness -ght -ould -ed`},
	{"en", wStrong, `your i've i'll he's she's they're we're isn't aren't wasn't sorry bad good who whose
		call number address dad mom mum kids children family parents soon today tomorrow yesterday week
		weeks month months year years time day days new old young man men woman women boy girl people
		country city free pay paid working study school police arrested jail let make made think see look
		find found give gave take keep still never always every all our out over off down well really`},

	{"ru", wStrong, `и что чтобы как это этот эта эти его ее меня мне мой моя мое мои моего нет есть был была
		было были уже еще или если когда где куда почему зачем сколько кто какой какая какие можно нужно надо
		нужна нужен помогите помощь помочь пожалуйста здравствуйте привет спасибо большое сын сына сыном муж
		мужа жена брат брата сестра дочь дочка мама папа отец мать друг подруга работа работу работы работой
		деньги денег платят безопасно правда делать сделать пропал пропала звонит звонки отвечает отвечать
		связь связи гражданство гражданства подписал подписала обманули подскажите скажите очень хочу хочет
		знаю могу может могут ранен ранили плен плену горячей линии теперь сейчас тоже только будет буду
		будут через после перед для без про над под при чем чего ничего никто все весь вся нам вам им их они
		она оно он мы вы ты я тебя тебе себя свой свою там тут здесь вот ну же ли бы к со во ко из от
		армия армию армии фронт фронте война войну войне посольство посольства минобороны военкомат
		мобилизация отказаться расторгнуть вернуться вернуть домой дома забрали отобрали уехал уехала
		поехал поехали предлагают предложили обещали заплатили зарплата зарплату проблема человек люди
		живой жив погиб погибли госпиталь больница больнице добрый день вечер утро контракте контракта
		перестал перестала отвечает выходит находится обращаться волнуется звонит получения иностранцам
		юридическая номер случилось помогите пропавших`},
	{"ru", wWeak, `в на не с у о по за до да а но так`},
	{"ru", 1.0, `-ться -ый -ые -ешь -ает -ают -ует -уют -ого -ому -ыми -ость -ение -ания -ции -ской -ский`},

	{"uk", wStrong, `і й та що щоб це цей ця ці його її мене мені мій моя моє мої немає нема є був була було
		були вже ще або якщо коли де куди чому навіщо скільки хто який яка які можна потрібно потрібна треба
		допоможіть допомога допомогти допоможи будь ласка доброго дня добрий день привіт дякую сина чоловік
		чоловіка дружина донька дочка тато батько мати робота роботу роботи гроші платять безпечно робити
		зробити зник зникла дзвонить дзвінки відповідає зв'язок зв'язку громадянство підписав обдурили
		підкажіть скажіть дуже хочу хоче знаю можу може можуть поранений полон полоні гарячої лінії тепер
		зараз також тільки лише буде через після перед для без про над під при чим нічого ніхто все всі
		весь вся нас вас вам нам їм їх вони вона воно він ми ви ти я себе свій свою там тут ось чи від із
		ні армії армію війна війну війні фронті відмовитися розірвати повернутися додому поїхав поїхала
		пропонують обіцяли зарплата людина люди живий загинув лікарня лікарні шпиталі вийти знаходиться
		отримання звісток тижні тиждень небезпечно іноземцям номер`},
	{"uk", wWeak, `в на не з у о по за до а але так як син брат сестра друг мама правда посольство забрали`},
	{"uk", 1.0, `-ння -ти -ів -ій -ої`},

	{"be", wStrong, `і ў што як гэта гэты гэтая гэтыя яго яе мяне мне мой мая маё мае няма ёсць быў была
		было былі ўжо ужо яшчэ ці або калі дзе куды чаму навошта колькі хто які якая якія можна трэба
		патрэбна дапамажыце дапамога дапамагчы ласка добры дзень прывітанне дзякуй вялікі жонка сястра дачка
		тата бацька маці сябар праца працу працы грошы плацяць бяспечна праўда рабіць зрабіць знік званкі
		адказвае сувязь грамадзянства падпісаў ашукалі падкажыце скажыце вельмі хачу хоча ведаю магу можа
		могуць паранены палон палоне гарачай лініі дайце цяпер зараз таксама толькі будзе праз пасля перад
		для без пра над пад пры нічога ніхто усё ўсё усе ўсе іх яны яна яно ён сябе свой там тут вось ад
		але войска войску вайна вайну вайне фронце амбасада пасольства пашпарт кантракт кантракту адмовіцца
		скасаваць вярнуцца дадому забралі паехаў паехала прапануюць абяцалі заробак чалавек людзі жывы
		загінуў шпіталь шпіталі бальніца небяспечна замежнікам нумар вестак тыдні`},
	{"be", wWeak, `у з да па за на не а так сын муж брат мама нас вас вам нам мы вы ты я`},
	{"be", 1.2, `-ць -цца -ння`},

	{"sr", wStrong, `је шта што ли како где зашто колико ко који која које сам си смо сте су ће ћу бих се ме
		мене мени мој моја моје нема има био била било били већ још или ако када кад треба може могу хоћу
		хоће знам помозите помоћ помогнем молим добар здраво хвала ћерка мајка отац пријатељ посао новац
		паре амбасада рат војска војсци војску уговор уговора пасош држављанство безбедно безбедна истина
		радим ради радити нестао нестала јавља веома много сада после пре преко код тамо овде ово овај ова
		себе свој свог преварили обећали рањен болници болница заробљен странцима плаћају одустанем
		раскинем вести недеље отишао`},
	{"sr", wWeak, `и у не на од до за са с по из а али да то нас вас вам нам њих они она оно он ми ви ти ја
		син муж брат сестра мама тата дан`},
	{"sr", 1.5, `-ање -ење`},

	{"kk", wStrong, `қалай неге неліктен қайда қашан кім қанша сіз біз олар бұл осы сол жоқ үшін және
		бірақ енді қазір ма ме ба бе па пе маған саған оған бізге мені сені оны көмек көмектесіңіз
		көмектесіңізші көмектесіңдер рахмет сәлем сәлеметсіз сәлеметсізбе ұлым қызым балам ағам інім
		күйеуім жолдасым анам әкем әпкем досым жұмыс жұмысқа ақша елшілік елшілігі елшілікке соғыс соғысқа
		әскер әскерге келісімшарт келісімшартты азаматтық азаматтығы хабар жауап үй үйге қайту мүмкін
		болады бола болмайды істеу істеймін істеуім істейді жатыр жатырмын еді екен ғана тек өте жақсы
		жаман емес иә шын рас қауіпсіз қауіпті ресей ресейде ресейге мәскеу өтінемін нөмірі қандай алды
		берді кетті қалды не`},
	{"kk", wWeak, `мен сен ол бар керек деп та те да де`},
	{"kk", 1.0, `-йды -йді -ады -еді -уға -уге -ғысы -дағы -дегі -сыз -сіз -мын -мін`},

	{"ky", wStrong, `эмне эмнеге эмнеси кантип кандай кайда качан ким канча неге сиз биз алар бул ошол
		тиги жок үчүн менен дагы бирок эми азыр жана же эч барам келдим болот болобу болбойт болуп жардам
		рахмат ырахмат ыракмат саламатсызбы уулум кызым балам агам иним күйөөм жолдошум апам атам эжем
		карындашым досум жумуш жумушка акча элчилик элчиликке элчилиги элчиликтин согуш согушка аскер
		аскерге келишим мага сага ага аны мени сени бизге силер жатат жатам жатышат экен эле гана кылам
		кылыш кылышым кылабыз кылсам бербей берип алып кетти кетишти калды коопсуз коопсузбу чын чынбы
		ооба жакшы жаман эмес орусия орусияда орусияга кабар жооп үй үйгө кайтып кайтуу жаран жарандык
		шарт абал мүмкүн мүмкүнбү өтө абдан сураныч суранам чоң тура барбы жокпу бербейт`},
	{"ky", wWeak, `мен сен ал бар керек деп да де салам`},
	{"ky", 1.0, `-луу -лүү -дуу -дүү -туу -түү -ууга -үүгө -гон -гөн -ейт -айт -бу -бү -пу -пү -бы
		-сызбы -быз -ыптыр -иптир -уптур`},
	{"ky", 1.2, `-гиле -гыла -гула -гүлө -кыла -киле -ңызчы -ңизчи -бызбы -быңыз -бейт -байт -бойт
		-бөйт -ышат -ишет -ушат`},
	{"ky", wStrong, `ушул ошону мындай андай бирөө эч ким баары бүгүн эртең кечээ үйдө үйүм үй-бүлө
		балдар ата эне таеже таяке байке көп аз жакшы начар дагы эле кийин мурун билбейм билем деди
		дешти келди барды макул ооба жок`},

	{"tg", wStrong, `ман ту вай мо шумо онҳо ин чӣ чаро куҷо куҷост кай кӣ ки чанд тавр ҳаст нест аст буд
		шуд мешавад мекунам мекунад кунам кунед кунем лозим даркор бояд метавонам ва бо дар аз ба барои
		агар вале аммо ҳам ҳоло акнун ҳа ассалому алейкум ташаккур раҳмат лутфан ёрӣ кӯмак писарам духтарам
		бародарам шавҳарам занам модарам падарам дӯстам кор пул сафорат сафорати ҷанг артиш аскар шартнома
		шартномаро шиноснома шаҳрвандӣ шаҳрвандии бехатар хатарнок хабар ҷавоб хона баргаштан русия маскав
		тоҷикистон маро туро ӯро моро мехоҳам медиҳанд намедиҳад гирифтанд рафт доданд кард карда шуда
		диҳед чӣ кор бародар`},
	{"tg", wWeak, `он то не салом мумкин`},
	{"tg", 1.2, `-ро -анд -ҳо -ам -ӣ наме- нами- ме-`},
	{"tg", 1.5, `-ааст -дааст -тааст -ед -ем -ҳоро`},
	{"tg", wStrong, `ҳамин ҳамон чизе касе ягон ҳеҷ ҳама имрӯз фардо дирӯз хонаам оилаам бачаҳо падар
		модар амак тағо хола бисёр кам хуб бад дигар пас пеш баъд қабл дорам дорад доранд намедонам
		медонам гуфт гуфтанд омад омадааст рафтааст`},

	{"uz", wStrong, `va bu nima nega nimaga qanday qayerda qayerga qachon kim qancha yo'q kerak uchun bilan
		ham lekin ammo endi hozir emas edi ekan bo'ladi bo'lsa bo'lib bo'ldi yordam rahmat salom assalomu
		alaykum iltimos o'g'lim o'g'il qizim akam ukam erim xotinim onam otam opam do'stim ish ishga pul
		elchixona elchixonasi urush urushga armiya armiyaga askar shartnoma shartnomani fuqarolik xabar
		javob uy uyga qaytish qilish qilsam qilaman qilishim qiladi qilamiz ketdi qoldi yaxshi yomon
		xavfsiz xavfli rost to'g'ri rossiya rossiyada rossiyaga moskva o'zbekiston menga sizga unga meni
		uni ishlash olib berdi deb dedi bering beramiz mumkinmi`},
	{"uz", wWeak, `men sen siz biz ular u bor`},
	{"uz", 1.0, `-yapti -yapman -moqchi -ishdi -ishadi -ingiz -sizmi -dagi -moq -ib -mi -lar -ni -ga -dan`},
	{"uz", wStrong, `shu u bu hech hamma bugun ertaga kecha uyda oilam bolalar dadam ota ona amakim
		tog'am xolam juda ko'p kam yaxshi yomon boshqa keyin oldin bilmayman bilaman dedi dedilar keldi
		bordi xop mayli qanaqa qani nimadir kimdir`},
	{"uz", wStrong, `нима нега қандай қаерда керак учун билан ҳам лекин ёрдам раҳмат ассалому алайкум
		илтимос ўғлим ўғил қизим акам укам эрим иш пул элчихона уруш урушда шартнома фуқаролик хабар
		жавоб бўлади қилиш қилсам менга йўқ яхши хавфсиз`},

	{"tk", wStrong, `we bu şu ol olar näme näçe nähili nädip nirede nirä haçan ýok gerek üçin bilen hem
		emma ýöne indi häzir däl eken bolýar bolmaz boljak bolar kömek sag boluň salam haýyş oglum gyzym
		agam inim ärim adamym aýalym ejem kakam dostum iş işe pul ilçihana ilçihanasy uruş urşa goşun
		goşuna esger şertnama raýatlyk habar jogap öý öýe gaýtmak mümkin etmeli etmek edip gitdi galdy
		gowy erbet howpsuz howply dogry russiýa russiýada moskwa türkmenistan maňa saňa oňa meni ony biziň
		meniň beriň ediň edýär diýip bermeýär`},
	{"tk", wWeak, `men sen siz biz bar kim`},
	{"tk", 1.2, `-ýar -ýär -maly -meli -mak -mek -daky -däki -yň -iň -ýarmy -ýärmi -dylar -diler -yp`},
	{"tk", wStrong, `şu ol hiç hemme şu gün ertir düýn öýde maşgala çagalar kakam ejem daýym
		gaty köp az gowy erbet başga soň öň bilemok bilýärin diýdi geldi bardy bolýar bol bolar ýagşy
		haýsy nähili näçe nirä`},

	{"es", wStrong, `que qué de la el los las del en y por con para una es está esta están estoy son pero
		como cómo cuando donde dónde quien quién cuanto cuánto cuántos porque muy sin sobre también hasta hay
		desde todo nos mis su sus ahora hola gracias ayuda ayúdenme ayúdame favor necesito quiero puedo
		puede pueden hijo hija hermano hermana esposo esposa marido mujer madre padre mamá papá primo sobrino
		amigo trabajo trabajar dinero embajada guerra ejército contrato pasaporte ciudadanía seguro segura
		verdad hacer hago hacemos hace contesta responde teléfono desaparecido herido buenos buenas días
		tardes noches rusia usted ustedes tengo tiene fue nada algo eso ese esa aquí allá dejó quitaron
		mandan salir salgo cancelar cancelo firmó ruso rusa sabemos queda pagan`},
	{"es", wWeak, `a no se me mi si un al lo le o ya tu`},
	{"es", 1.0, `-ción -amos -emos -aron -ieron -dad -os -as -ado -ido`},
	{"es", wStrong, `oye bueno muchas mucho poco tambien entonces pues algo alguien nadie nunca siempre hoy
		mañana ayer casa tío tía abuelo niños familia papeles plata pasa pasó sé sabe saber ir voy vamos van
		estar estás estaba tenemos tienen fueron hizo dijo dicen hacer quiero quieren llamar ayúdeme`},

	{"fr", wStrong, `le les et est des du une dans pour pas plus avec ce cette ces mon ma mes ton ta tes son
		sa ses notre votre leur au aux mais ou où donc très bien comment pourquoi quand quoi quel quelle
		combien oui non bonjour bonsoir salut merci aide aidez aider s'il plaît svp besoin veux peux peut
		dois faire fait fais fils fille frère soeur sœur mari femme mère père cousin neveu ami travail
		travailler argent ambassade guerre armée contrat passeport nationalité sûr vrai répond téléphone
		disparu blessé hôpital maintenant depuis russie moi lui été être avoir ai avons ont suis sont ça
		c'est je il elle ils elles nous vous on qui c' j' l' d' qu' m' n' s' t' après avant chez rien
		personne nouvelles`},
	{"fr", wWeak, `de la en a un que ne y si es sur`},
	{"fr", 1.0, `-eux -aux -ais -ait -ez -ons -eur -oir -ique -ment`},
	{"fr", wStrong, `slt bjr stp cc mdr quelqu'un aussi encore toujours jamais déjà aujourd'hui demain hier
		maison oncle tante enfant enfants famille papiers faut peut-être voilà alors parce avez êtes va vais
		allez aller venir sais savoir dit dire veut veulent pouvez fils beaucoup trop peu tout tous toute`},

	{"it", wStrong, `il di che è e' per non sono ha ho hanno abbiamo con ma come cosa questo questa quello del
		della dei delle al alla allo dal dalla nel nella ci anche più mio mia miei mie tuo tua suo sua loro
		noi voi lui lei io dove quando perché quanto quanti chi quale sì ciao buongiorno buonasera grazie
		aiuto aiutatemi aiutami favore bisogno voglio posso può devo deve fare faccio figlio figlia fratello
		sorella marito moglie madre padre cugino nipote amico lavoro soldi ambasciata guerra esercito
		contratto passaporto cittadinanza sicuro sicura vero risponde telefono scomparso ferito ospedale
		adesso ora russia stato stata essere avere dell' un' dov' all' nell' dall' sull' qualcosa niente
		nessuno molto tanto già ancora dopo prima senza sempre mai notizie serve`},
	{"it", wWeak, `e a in la le lo mi si se un una da l' c'`},
	{"it", 1.0, `-zione -iamo -anno -tà -gli -ato -ito -are -ere -ire`},
	{"it", wStrong, `bene va sei siamo siete fatto detto solo poi così qui qua oggi domani casa tutto tutti
		mille cioè allora però quindi qualcuno salve buon giorno sera padre papà mamma zio zia figli soldi
		lavorare andare venire tornare sapere dire detto vuole vogliono possiamo dobbiamo gli sto sta stanno`},

	{"ms", wStrong, `saya awak kamu anda dia kami kita mereka ini itu yang dan dari untuk dengan pada ada
		tidak tak bukan apa mana macam bagaimana kenapa mengapa bila berapa siapa boleh nak hendak mahu
		perlu sudah dah belum akan sedang lagi juga tapi tetapi kalau jika sekarang tolong bantuan bantu
		terima kasih helo selamat pagi petang malam anak abang adik kakak suami isteri ibu ayah bapa emak
		sepupu kawan kerja pekerjaan wang duit gaji kedutaan perang tentera kontrak kewarganegaraan
		betul benar jawab hilang cedera hospital rusia lah pun je dalam buat bagi ambil pergi balik
		pulang tahu sila minta bisa uang gimana nombor tiada daripada adakah orang janji tipu kata`},
	{"ms", wWeak, `di ke la`},
	{"ms", 1.0, `meng- mem- meny- ber- ter- -kan -nya -lah -kah`},
	{"ms", wStrong, `sini situ sana banyak sikit sahaja saja semua hari esok semalam rumah keluarga pakcik
		makcik datuk nenek budak orang jangan mahu harus patut cuba tengok dengar cakap kata beri dapat
		kena sampai dekat jauh baru lama sebab supaya hubungi dokumen`},

	{"sw", wStrong, `na ya wa za kwa ni katika hii huyu hiyo yule kama lakini au pia sana sasa bado tu je nini
		nani wapi lini vipi gani ngapi kiasi mimi wewe yeye sisi ninyi wao yangu yako yake yetu wangu wako
		wake wetu changu chako langu lako habari jambo hujambo mambo asante karibu tafadhali naomba msaada
		nisaidie saidia nahitaji nataka ninataka naweza nawezaje mtoto mwanangu mwana kaka dada mume mke
		baba binamu rafiki kazi pesa hela ubalozi vita vitani jeshi jeshini mkataba pasipoti uraia salama
		kweli jibu simu amepotea hospitali hospitalini urusi yuko uko iko kuna hakuna sijui siwezi nifanye
		tufanye ndiyo hapana asubuhi leo jana mdogo nzuri wakala alisema`},
	{"sw", wWeak, `la mama`},
	{"sw", 1.0, `ali- ame- ana- ata- wali- wame- wana- wata- nili- nime- nina- nita- tuli- tume- tuna- tuta-
		hatu- haku- -ewa -ika -isha -eni`},
	{"sw", wStrong, `mtu watu hapa pale huko nyumbani familia shangazi mjomba bibi babu watoto mwanamke
		mwanaume sawa poa shida tatizo nina una ana tuna mna wana sina huna hana hatuna kitu kila moja mbili
		tatu siku wiki mwezi mwaka leo kesho jana mpaka hadi bila ili kwenda kuja kufanya kusaidia anaweza
		inawezekana naomba nisaidieni niambie tuambie alikwenda amekwenda`},

	{"so", wStrong, `waa ma iyo oo ee ku ay aan ayaa baa wuxuu waxaan waxay waxa ah inuu inay sida sidee
		maxaa maxay maxuu maxaan xagee halkee goorma immisa yaa haddii laakiin hadda weli aad aniga adiga
		isaga iyada annaga iyaga wiilkayga wiilkaygii wiil gabadhayda walaalkay walaal walaalo ninkayga
		hooyo aabe saaxiib shaqo shaqada lacag lacagta safaaradda safaarad dagaal dagaalka ciidan ciidanka
		heshiis heshiiska baasaboor baasaboorka dhalasho ammaan run jawaab taleefan taleefanka telefoon
		ruushka salaan mahadsanid fadlan caawi caawimaad caawiya igu iga ii noo haa maya subax wanaagsan
		nabad asc soo way wuu`},
	{"so", wWeak, `i u ka la`},
	{"so", 1.0, `-kii -tii -kayga -ayga -kay -een -aan -ka -ta`},
	{"so", wStrong, `halkan halkaas cid cidna kama kuma wax waxba meel maanta berri shalay hal laba
		sidaas sidan kan kaas tan taas waan waad wuxuu waxay badan yar weyn guriga qoyska hooyadey aabahay
		abtigay adeer eeddo carruurta nin naag dad wali markii maxay kaliya xataa sababta iyadoo isagoo`},
	{"so", 1.2, `-dda -adda -aaday -ayaa`},

	{"zu", wStrong, `futhi kodwa uma ukuthi kanjani yini kuphi nini ubani malini kungani mina wena yena
		thina nina bona yami yakho yakhe wami wakho wakhe lami lakho sami bami zami sawubona sanibonani
		yebo ngiyabonga siyabonga ngicela sicela usizo siza ngisize ngidinga ngifuna ingane indodana
		indodakazi umfowethu udadewethu umyeni unkosikazi umama ubaba umzala umngane umsebenzi imali
		inxusa impi empini ibutho amasosha inkontileka iphasiphothi ubuzwe iphephile kuphephile iqiniso
		ucingo ifoni ulahlekile ulimele isibhedlela esibhedlela manje namhlanje kakhulu nje lapha khona
		lokhu lowo ngenzeni senzeni`},
	{"zu", wWeak, `le lo`},
	{"zu", 1.0, `ngi- ngu- nga- uku- aba- isi- izi- ubu- ulu- umu- esi- ezi- lase- base- kuyi- -ile -elo
		-ekile -wayo`},
	{"zu", wStrong, `akekho akukho akunjalo ngoba noma kanti futhi kuze kusho sho yebo khona lapho manje
		namuhla kusasa izolo ekhaya umndeni abantwana abazali umalume ubabekazi umuntu abantu into izinto
		yonke konke kahle kabi ngempela ngiyacela ngisizeni sisize ngitshele sitshele bheka thola`},
	{"zu", 0.8, `-ayo -eni -ini -isa -iswa -ekile -elwe`},

	{"ar", wStrong, `في إلى على عن مع هذا هذه ذلك التي الذي ماذا لماذا كيف أين متى هل كم لا نعم لم لن قد
		كان كانت يكون أنا أنت هو هي نحن أخي ابني زوجي أمي أبي ولدي بنتي أختي صديقي عمل شغل مال فلوس سفارة
		السفارة حرب الحرب جيش الجيش عقد العقد جواز سفر جنسية الجنسية آمن آمنة صحيح ساعدوني ساعدني مساعدة
		شكرا مرحبا السلام عليكم أريد أحتاج يمكن ممكن الآن بعد قبل منذ لكن أو إذا يا كل شيء عايز بدي ليش
		شو وين ايش مش روسيا موسكو هناك ثم إن أن الهاتف هاتف`},
	{"ar", wWeak, `من ما هم و`},
	{"ar", 1.0, `ال- وال- بال- لل- فال- -وا -كم -ون -ين`},

	{"fa", wStrong, `است هست نیست بود شد میخواهم میکنم میکند کنم کنید کنیم چه چی چطور چطوری چرا کجا کجاست
		کی کدام چند چقدر تو او شما آنها اینها این آن با در از برای اگر ولی اما حالا اکنون بلی بله سلام
		تشکر لطفا لطفاً کمک کمکم پسرم بچیم بچه دخترم برادرم شوهرم خانمم مادرم پدرم دوستم کاکایم کار پول
		جنگ عسکر قرارداد پاسپورت پاسپورتم تذکره امن خبری جواب خانه روسیه افغانستان را مرا ترا میدهند
		نمیدهد گرفتند رفت شده شفاخانه تیلفون تلفون زیاد خوب بسیار خیلی راست گفت دادند چیزی کسی یک`},
	{"fa", wWeak, `من ما هم و به تا نه سفارت مسکو خبر تابعیت اردو`},
	{"fa", 1.0, `می- نمی- -ها -های -ید -یم -ند`},

	{"ps", wStrong, `زه ته هغه موږ مونږ تاسو دوی دا څه ولې چیرته چېرته کله څوک څومره څنګه شته نشته دی ده دي
		وه وو شو شوی شوې کوي کوم وکړم وکړئ کړم کړئ کړو کړه غواړم کې کښې له څخه د په سره لپاره تر که خو
		اوس هو مننه مهرباني مرسته زوی زوئ لور ورور خاوند میړه ښځه مور پلار ملګری پیسې جګړه جګړې پوځ تړون
		پاسپورټ خوندي ځواب کور بیرته روسیې زما ستا ستاسو زموږ یې مې دې راکړئ ورکړئ ډېر ډیر ورک یم یو`},
	{"ps", wWeak, `و نه سلام کار سفارت مسکو خبر تابعیت اردو روسیه افغانستان جنګ قرارداد`},
	{"ps", 1.0, `-ونه -ئ`},

	{"ne", wStrong, `छ छन् छैन हो होइन हुन्छ हुँदैन भयो भएको थियो थिए गर्न गर्ने गर्नु गर्नुहोस् गरे गर्छ
		मेरो मलाई म हामी तिमी तपाईं तपाई उनी उनीहरू यो त्यो कसरी कहाँ कहिले किन कति र पनि तर अहिले कि
		भने भन्यो भनेर लागि बाट सँग मा नि नै धेरै एउटा कुनै दाइ भाइ छोरा छोरी श्रीमान् श्रीमान श्रीमती
		बुवा आमा दिदी बहिनी साथी जागिर दूतावास सम्झौता राहदानी खबर फर्कन फर्कने मद्दत सहयोग नमस्कार
		रुस रुसमा नेपाल नेपाली चाहियो चाहिन्छ दिनुहोस् केही`},
	{"ne", wWeak, `के को अब काम पैसा सेना युद्ध नागरिकता सुरक्षित फोन घर धन्यवाद नमस्ते सरकार कृपया`},
	{"ne", 1.0, `-मा -को -ले -लाई -बाट -हरू -हरु -छ -छन् -न्छ -न्छन् -एको -ेको -ियो -नुहोस् -ँदैन -छु
		-देखि -सँग`},

	{"hi", wStrong, `है हैं था थी थे हूँ मैं मुझे मेरा मेरी मेरे हम हमें हमारा आप आपका तुम वह वो यह ये वे
		क्या कैसे कहाँ कब क्यों कितना कितने कौन और भी लेकिन पर में से का की ने नहीं नही हाँ जी कर करें
		करना करूँ करता करती करते गया गई गए दिया दिए लिया रहा रही रहे सकता सकते चाहिए चाहता बहुत कुछ
		कोई भाई बेटा बेटे बेटी पति पत्नी पिता माँ दोस्त नौकरी पैसे अनुबंध कॉन्ट्रैक्ट वापस मदद सहायता
		शुक्रिया रूस भारत उन्होंने लिए`},
	{"hi", wWeak, `के को हो अब काम पैसा सेना युद्ध नागरिकता सुरक्षित फोन घर दूतावास धन्यवाद नमस्ते सरकार
		कृपया खबर`},
	{"hi", 1.0, `-ों -ें -गा -गी -गे -िए`},

	// Numerals: messages count weeks, months and people.
	{"en", wWeak, `one two three four five six seven eight nine ten`},
	{"es", wWeak, `uno dos tres cuatro cinco seis siete ocho nueve diez`},
	{"fr", wWeak, `deux trois quatre cinq six sept huit neuf dix`},
	{"it", wWeak, `uno due tre quattro cinque sei sette otto nove dieci`},
	{"ms", wWeak, `satu dua tiga empat lima enam tujuh lapan sembilan sepuluh`},
	{"sw", wWeak, `moja mbili tatu nne tano sita saba nane tisa kumi mitatu miwili`},
	{"so", wWeak, `kow laba saddex afar shan lix toddoba siddeed sagaal toban`},
	{"zu", wWeak, `kunye kubili kuthathu kune kuhlanu amabili amathathu ezimbili ezintathu`},
	{"uz", wWeak, `bir ikki uch to'rt besh olti yetti sakkiz to'qqiz o'n beri`},
	{"tk", wWeak, `bir iki üç dört bäş alty ýedi sekiz dokuz on`},
	{"ru", wWeak, `один одна два две три четыре пять шесть семь восемь девять десять`},
	{"uk", wWeak, `один одна два дві три чотири п'ять шість сім вісім дев'ять десять`},
	{"be", wWeak, `адзін адна два дзве тры чатыры пяць шэсць сем восем дзевяць дзесяць`},
	{"sr", wWeak, `један једна два две три четири пет шест седам осам девет десет`},
	{"kk", wWeak, `бір екі үш төрт бес алты жеті сегіз тоғыз он`},
	{"ky", wWeak, `бир эки үч төрт беш алты жети сегиз тогуз он`},
	{"tg", wWeak, `як ду се чор панҷ шаш ҳафт ҳашт нӯҳ даҳ`},

	// Swahili noun class m- before a consonant, verb prefixes and -je questions;
	// Zulu click clusters come as letter pairs below.
	{"sw", 0.8, `mt- mw- ms- mj- mg- mk- mf- mch- mz- ml- mp- mb- hawa- hatu- haya- niki- tuki- aki- wali-
		-aje -eje -oje`},
	{"zu", 0.8, `imi- izin- izim- ezin- ama-`},
	{"uk", 0.8, `-ав -ець -ала -али`},

	// Russian, Hindi and Nepali written in Latin letters.
	{"ru", wTr, `kak chto shto gde pochemu skolko kogda kuda mne menya moy moya moego nado mozhno nuzhno
		pomogite pomoch pomosch pozhaluysta pozhaluista pozhalujsta spasibo privet zdravstvuyte
		zdravstvuite kontrakt kontrakta kontrakte otkazatsya rastorgnut syn sina muzh zhena sestra doch
		rabota rabotu dengi armiya armiyu voyna voina posolstvo eto etot oni ili esli uzhe eshe yeshche tozhe
		tolko ochen khorosho horosho plokho otvechaet propal zvonit svyaz voenkomat tadzhikov tadzhiki uzbekov
		kyrgyzov rossii rossiya rossiyu moskve moskva dlya cherez posle chto-to zdes tam vot nichego
		delat sdelat zaderzhali zaderzhan zaderzhat arestovali politsiya policiya militsiya menty plen
		sdatsya sdatsa fronte podpisat podpisal podpisala zastavlyayut zastavili voennyy minoborony
		mobilizatsiya vernutsya domoy pogib pogibli pogiblo ranen nayti naiti ischu muzha otca`},
	{"ru", 0.8, `ya ty ne ni ot bez pro est net`},
	{"ru", 1.0, `-sya -tsya -ogo -aet -ayut -yut -yat`},
	{"ru", 0.8, `za na v s k u o po`},
	{"ru", 1.0, `-yat -ego -ish -ovat`},
	{"hi", wTr, `kya hai hain mujhe mera meri mere nahi nahin kaise kahan kab kyun kyon kitna kitne kaun aap
		apka aapka humko tum bhai beta beti pati madad chahiye karo karna karu karun gaya gayi raha rahi
		tha thi hua kuch bahut koi lekin aur sab abhi yahan wahan paisa paise naukri sarkar bata batao phas
		phasa phans haan accha theek ghar wapas`},
	{"hi", 0.6, `ke ki ko se ka me mai ho bhi`},
	{"ne", wTr, `malai mero hamro timro tapai tapaiko cha chha chaina chhaina hoina garnu garne garnus
		garnuhos kasari kahile kina kati bhayo bhaeko thiyo hunchha huncha hudaina ramro didi bahini chora
		chori shriman shrimati jagir dutabas madat maddat sahayog dhanyabad dhanyavad garchha
		garcha bhanyo bhane pani tara ahile`},
	{"ne", 0.6, `ke ho dai bhai paisa kaam sena namaste`},
}

// A letter feature: occurrences of these runes move these languages.
// "xx" is the hidden competitor: text in a language we do not support.
var letterFeatures = []struct{ runes, feats string }{
	{"ә", "kk 3"},
	{"ұһ", "kk 3"},
	{"ғқ", "kk 1.5 tg 1.5 uz 1.5 be -3 uk -2"},
	{"ңөү", "kk 1.5 ky 2"},
	{"і", "kk 1.2 uk 1.5 be 1.5"},
	{"їєґ", "uk 3"},
	{"ў", "be 3 uz 2"},
	{"ӣӯҷ", "tg 3"},
	{"ҳ", "tg 2 uz 1.5"},
	{"ђјљњћџ", "sr 3"},
	{"ы", "uk -3 sr -3 tg -2"},
	{"эё", "uk -3 sr -3"},
	{"ъ", "uk -3 be -3 sr -3"},
	{"щ", "be -3 sr -3 tg -1"},
	{"и", "be -3"},
	{"йяюь", "sr -3"},
	{"ѓќѕҙҫҡҗӊ", "xx 2"},

	{"ñ", "es 3"},
	{"áíóú", "es 1.2"},
	{"é", "fr 1.2 es 0.8 it 0.4"},
	{"è", "fr 1.2 it 1.2"},
	{"à", "fr 1 it 1.2"},
	{"ìò", "it 2"},
	{"ù", "it 1.2 fr 0.8"},
	{"êâîôûëïÿ", "fr 2"},
	{"ç", "fr 1.5 tk 1.5"},
	{"œ", "fr 3"},
	{"äöü", "tk 1.5 xx 0.3"},
	{"şňý", "tk 3"},
	{"ž", "tk 1.5 sr 1.5"},
	{"čćšđ", "sr 3"},
	{"ığßøåæłőűřěůąęśźżãõơưəțș", "xx 2"},

	{"ة", "ar 1.5"},
	{"ى", "ar 1.2"},
	{"ي", "ar 0.6 ps 0.4 fa -0.3"},
	{"ك", "ar 0.8"},
	{"ی", "fa 0.5 ps 0.5 ar -0.5"},
	{"ک", "fa 0.5 ps 0.4 ar -0.5"},
	{"پچژگ", "fa 1.5 ps 0.8 ar -1.5"},
	{"ټډړږښګڼۍېځڅ", "ps 3"},
	{"ئ", "ps 0.3"},
	{"أإؤ", "ar 0.8"},
	{"آ", "fa 0.5 ps 0.3"},
	{"ۀ", "fa 0.8"},
	{"ےںٹڈڑھۓ", "xx 2"},
	{"\u200c", "fa 0.5"},
	{"़", "hi 0.3"},
}

// Pairs of letters (lowercase) that mark a language.
var bigramFeatures = []struct{ pairs, feats string }{
	{"dh", "so 0.6"},
	{"dd", "so 0.4"},
	{"kh", "zu 0.3 so 0.2"},
	{"hl dl hh", "zu 1"},
	{"mq nq gc nc gq nx gx", "zu 1"},
	{"mw", "sw 1"},
	{"zh", "ru 0.6"},
	{"qa qi qo qe xa xo xi xu", "uz 0.5 so 0.5"},
	{"qu", "es 0.2 fr 0.2 it 0.2"},
	{"aa uu ii", "so 0.6"},
	{"oo ee", "so 0.25"},
	{"ny", "sw 0.3 ms 0.3"},
	{"th", "en 0.3"},
	{"оо уу үү өө ээ", "ky 0.8"},
	{"шч", "be 1"},
	{"дз", "be 0.6 uk 0.2"},
	{"ць", "be 0.5 uk 0.3"},
}

// Indexes of the languages the code refers to by name; init checks them against codes.
const (
	langEN = 0
	langRU = 1
	langKY = 2
	langKK = 3
	langUZ = 4
	langBE = 7
	langNE = 9
	langES = 13
	langAR = 15
	langFA = 16
	langPS = 17
	langSW = 18
	langZU = 21
	langMS = 24
	langZH = 25
)

const (
	featTableSize = 0xA00 // letter features are looked up in an array below this rune
	bigramGate    = 0x500 // letter pairs start with a rune below this
	sufMark       = 1     // key prefix of a suffix in words
	preMark       = 2     // key prefix of a prefix in words
)

var (
	words        map[string]uint32 // key -> offset<<8 | count into feats
	feats        []feat
	featSets     = [][]feat{nil}      // index 0: no feature
	featIdx      [featTableSize]uint8 // rune -> featSets index
	featZWNJ     int                  // featSets index of the zero-width non-joiner
	bigrams      map[uint64]uint8     // prev<<32|cur -> featSets index
	bigramFirst  [bigramGate]bool     // runes some pair starts with
	scriptWeight [numLangs][numScripts]float32
	langIndex    map[string]int // code or alias -> index
)

func init() {
	langIndex = map[string]int{}
	for i, c := range codes {
		langIndex[c] = i
	}
	for _, c := range []struct {
		name string
		lang int
	}{{"en", langEN}, {"ru", langRU}, {"ky", langKY}, {"kk", langKK}, {"uz", langUZ}, {"be", langBE}, {"ne", langNE},
		{"es", langES}, {"ar", langAR}, {"fa", langFA}, {"ps", langPS}, {"sw", langSW}, {"zu", langZU},
		{"ms", langMS}, {"zh", langZH}} {
		if codes[c.lang] != c.name {
			panic("lang: index of " + c.name + " is wrong")
		}
	}
	for a, c := range map[string]string{"sr-latn": "sr", "sr-cyrl": "sr", "fa-af": "fa", "prs": "fa",
		"uz-latn": "uz", "uz-cyrl": "uz", "zh-hans": "zh", "zh-hant": "zh", "zh-cn": "zh", "zh-tw": "zh",
		"zh-hk": "zh", "pbt": "ps", "pus": "ps", "nep": "ne", "kir": "ky", "kaz": "kk", "tgk": "tg",
		"uzb": "uz", "tuk": "tk", "bel": "be", "ukr": "uk", "rus": "ru", "eng": "en", "fas": "fa", "per": "fa"} {
		langIndex[a] = langIndex[c]
	}

	main := map[string]script{"ne": scDevanagari, "hi": scDevanagari, "si": scSinhala, "ta": scTamil,
		"ar": scArabic, "fa": scArabic, "ps": scArabic, "am": scEthiopic, "zh": scHan, "ko": scHangul,
		"ru": scCyrillic, "ky": scCyrillic, "kk": scCyrillic, "tg": scCyrillic, "be": scCyrillic,
		"uk": scCyrillic, "sr": scCyrillic}
	for i, c := range codes {
		s, ok := main[c]
		if !ok {
			s = scLatin
		}
		scriptWeight[i][s] = 1
	}
	scriptWeight[langIndex["sr"]][scLatin] = 1
	scriptWeight[langUZ][scCyrillic] = 0.9
	scriptWeight[langRU][scLatin] = 0.7
	scriptWeight[langIndex["hi"]][scLatin] = 0.7
	scriptWeight[langNE][scLatin] = 0.7

	buildWords()
	for _, lf := range letterFeatures {
		i := addFeatSet(lf.feats)
		for _, r := range lf.runes {
			if r == 0x200C {
				featZWNJ = i
			} else {
				featIdx[r] = uint8(i)
			}
		}
	}
	bigrams = map[uint64]uint8{}
	for _, bf := range bigramFeatures {
		i := addFeatSet(bf.feats)
		for _, p := range strings.Fields(bf.pairs) {
			rs := []rune(p)
			bigrams[uint64(rs[0])<<32|uint64(rs[1])] = uint8(i)
			bigramFirst[rs[0]] = true
		}
	}
}

func parseFeats(s string) []feat {
	f := strings.Fields(s)
	var out []feat
	for i := 0; i+1 < len(f); i += 2 {
		l := xx
		if f[i] != "xx" {
			l = langIndex[f[i]]
		}
		w, err := strconv.ParseFloat(f[i+1], 32)
		if err != nil {
			panic("lang: bad feature " + s)
		}
		out = append(out, feat{uint8(l), float32(w)})
	}
	return out
}

func addFeatSet(s string) int {
	featSets = append(featSets, parseFeats(s))
	return len(featSets) - 1
}

// normKey turns a listed word into the key the tokenizer would build.
func normKey(s string) string {
	var b []byte
	for _, r := range s {
		cls, _ := classify(r)
		switch {
		case cls == rcApos:
			b = append(b, '\'')
			continue
		case r >= 0x300 && r < 0x370:
			continue
		}
		if k := keyRune(lower(r)); k >= 0 {
			b = utf8.AppendRune(b, k)
		}
	}
	return string(b)
}

func foldLatin(s string) string {
	var b []byte
	for _, r := range s {
		switch {
		case r == '\'':
		case r < 0x250 && r >= 0x80 && latinFold[r] != "":
			b = append(b, latinFold[r]...)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func foldCyr(s string) string {
	var b []byte
	for _, r := range s {
		b = utf8.AppendRune(b, cyrFold(r))
	}
	return string(b)
}

func buildWords() {
	tmp := map[string]*[numLangs + 1]float32{}
	add := func(key string, l int, w float32) {
		if len(key) == 0 || key == "\x01" || key == "\x02" {
			return
		}
		m := tmp[key]
		if m == nil {
			m = new([numLangs + 1]float32)
			tmp[key] = m
		}
		if w > m[l] {
			m[l] = w
		}
	}
	neutral := map[string]bool{}
	for _, wl := range wordLists {
		l := langIndex[wl.lang]
		for _, w := range strings.Fields(wl.words) {
			if wl.lang == "" {
				neutral[normKey(w)] = true
				continue
			}
			mark, body := "", w
			if len(w) > 1 && w[0] == '-' {
				mark, body = "\x01", w[1:]
			} else if len(w) > 1 && w[len(w)-1] == '-' {
				mark, body = "\x02", w[:len(w)-1]
			}
			k := normKey(body)
			add(mark+k, l, wl.w)
			r, _ := utf8.DecodeRuneInString(k)
			switch _, sc := classify(r); {
			case sc == scLatin:
				add(mark+foldLatin(k), l, wl.w*0.85)
			case sc == scCyrillic && codes[l] == "sr":
				lat := srLatin(k)
				add(mark+lat, l, wl.w)
				add(mark+foldLatin(lat), l, wl.w*0.85)
			case sc == scCyrillic && (l == langKY || l == langKK || l == langUZ || codes[l] == "tg") &&
				(mark == "" || utf8.RuneCountInString(k) > 1): // a folded one-letter ending matches anything
				add(mark+foldCyr(k), l, wl.w*0.9)
			}
		}
	}
	for k := range neutral {
		tmp[k] = new([numLangs + 1]float32)
	}
	words = make(map[string]uint32, len(tmp))
	for k, m := range tmp {
		off := len(feats)
		for l, w := range m {
			if w != 0 {
				feats = append(feats, feat{uint8(l), w})
			}
		}
		words[k] = uint32(off)<<8 | uint32(len(feats)-off)
	}
}
