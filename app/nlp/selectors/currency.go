package selectors

// symbols are currency signs written before an amount, longest first for
// the letter prefixes ("US$" before "$").
var symbols = []struct{ sign, code string }{
	{"US$", "USD"}, {"U.S.$", "USD"}, {"A$", "AUD"}, {"AU$", "AUD"}, {"C$", "CAD"},
	{"CA$", "CAD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"S$", "SGD"}, {"R$", "BRL"},
	{"NT$", "TWD"}, {"MX$", "MXN"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"},
	{"₦", "NGN"}, {"₹", "INR"}, {"₽", "RUB"}, {"₩", "KRW"}, {"₺", "TRY"}, {"₴", "UAH"},
	{"₪", "ILS"}, {"฿", "THB"}, {"₱", "PHP"}, {"₫", "VND"}, {"₿", "BTC"}, {"Rs.", "INR"},
	{"Rs", "INR"}, {"KSh", "KES"}, {"Ksh", "KES"},
}

// isoCodes are ISO 4217 codes (and two crypto tickers) that may stand before
// or after an amount: "USD 20 million", "300,000 EUR".
var isoCodes = map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true,
	"CNY": true, "RMB": true, "CHF": true, "CAD": true, "AUD": true, "NZD": true, "HKD": true,
	"SGD": true, "SEK": true, "NOK": true, "DKK": true, "PLN": true, "CZK": true, "HUF": true,
	"RON": true, "RUB": true, "UAH": true, "TRY": true, "INR": true, "PKR": true, "BDT": true,
	"NGN": true, "KES": true, "ZAR": true, "EGP": true, "SAR": true, "AED": true, "QAR": true,
	"IRR": true, "IQD": true, "ILS": true, "BRL": true, "MXN": true, "ARS": true, "COP": true,
	"CLP": true, "PEN": true, "VND": true, "THB": true, "IDR": true, "MYR": true,
	"KRW": true, "TWD": true, "KZT": true, "BTC": true, "ETH": true, "USDT": true, "XOF": true}

// currencyWords are currency names after an amount, with the code they mean
// alone ("" when the name is shared by many countries: pesos, dinars).
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
	"pounds": "GBP", "sterling": "GBP", "pence": "GBP", "cent": "USD", "cents": "USD",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
	"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "dong": "VND",
	"peso": "", "pesos": "", "franc": "", "francs": "", "krona": "SEK", "kronor": "SEK",
	"krone": "", "kroner": "", "shilling": "", "shillings": "", "naira": "NGN", "rand": "ZAR",
	"lira": "TRY", "liras": "TRY", "lire": "TRY", "dinar": "", "dinars": "", "dirham": "AED",
	"dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR",
	"reais": "BRL", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF",
	"forints": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "lei": "RON",
	"leu": "", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "taka": "BDT", "cedi": "GHS",
	"cedis": "GHS", "kwacha": "", "birr": "ETB", "som": "", "soms": "", "tenge": "KZT",
	"manat": "", "lari": "GEL", "dram": "AMD", "drams": "AMD", "afghani": "AFN",
	"afghanis": "AFN", "kyat": "MMK", "riel": "KHR", "leones": "SLE", "soles": "PEN",
	"bolivars": "VES", "bolívares": "VES", "quetzales": "GTQ", "lempiras": "HNL",
	"bitcoin": "BTC", "bitcoins": "BTC", "ether": "ETH", "tether": "USDT", "won": "KRW",
}

// qualified are currency names that need a country adjective or a magnitude
// to be money: "won" is mostly a verb, "pounds" often a weight.
var qualified = map[string]bool{"won": true, "pound": true, "pounds": true, "som": true,
	"leu": true}

// adjectiveCodes give the code of a currency name after a country adjective.
var adjectiveCodes = map[string]string{
	"australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
	"singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
	"new taiwan dollars": "TWD", "u.s. dollars": "USD", "us dollars": "USD",
	"american dollars": "USD", "zimbabwean dollars": "ZWL", "namibian dollars": "NAD",
	"jamaican dollars": "JMD", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
	"syrian pounds": "SYP", "sudanese pounds": "SDG", "south sudanese pounds": "SSP",
	"british pounds": "GBP", "swiss francs": "CHF", "cfa francs": "XOF", "congolese francs": "CDF",
	"rwandan francs": "RWF", "guinean francs": "GNF", "burundian francs": "BIF",
	"swedish kronor": "SEK", "swedish krona": "SEK", "norwegian kroner": "NOK",
	"norwegian krone": "NOK", "danish kroner": "DKK", "danish krone": "DKK",
	"icelandic kronur": "ISK", "czech korunas": "CZK", "czech koruna": "CZK",
	"kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
	"somali shillings": "SOS", "mexican pesos": "MXN", "colombian pesos": "COP",
	"argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP",
	"philippine pesos": "PHP", "cuban pesos": "CUP", "dominican pesos": "DOP",
	"uruguayan pesos": "UYU", "iraqi dinars": "IQD", "jordanian dinars": "JOD",
	"kuwaiti dinars": "KWD", "libyan dinars": "LYD", "algerian dinars": "DZD",
	"tunisian dinars": "TND", "serbian dinars": "RSD", "bahraini dinars": "BHD",
	"moroccan dirhams": "MAD", "emirati dirhams": "AED", "uae dirhams": "AED",
	"saudi riyals": "SAR", "qatari riyals": "QAR", "yemeni rials": "YER", "omani rials": "OMR",
	"iranian rials": "IRR", "pakistani rupees": "PKR", "nepalese rupees": "NPR",
	"nepali rupees": "NPR", "sri lankan rupees": "LKR", "indian rupees": "INR",
	"mauritian rupees": "MUR", "indonesian rupiah": "IDR", "south korean won": "KRW",
	"korean won": "KRW", "north korean won": "KPW", "belarusian rubles": "BYN",
	"belarusian roubles": "BYN", "russian rubles": "RUB", "russian roubles": "RUB",
	"turkish lira": "TRY", "turkish liras": "TRY", "malawian kwacha": "MWK",
	"zambian kwacha": "ZMW", "kyrgyz som": "KGS", "uzbek som": "UZS", "moldovan lei": "MDL",
	"romanian lei": "RON", "azerbaijani manat": "AZN", "turkmen manat": "TMT",
	"chinese yuan": "CNY", "japanese yen": "JPY", "vietnamese dong": "VND",
	"nigerian naira": "NGN", "south african rand": "ZAR", "ghanaian cedis": "GHS",
	"ethiopian birr": "ETB", "brazilian reais": "BRL", "polish zlotys": "PLN",
	"hungarian forints": "HUF", "ukrainian hryvnias": "UAH", "thai baht": "THB",
	"malaysian ringgit": "MYR", "kazakh tenge": "KZT", "georgian lari": "GEL",
	"armenian drams": "AMD", "afghan afghanis": "AFN", "bangladeshi taka": "BDT",
}

// magnitudes multiply an amount: "4.2 million", "1.5bn", "$5m", "300k".
var magnitudes = map[string]int64{"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6,
	"m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
	"trillion": 1e12, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7,
	"lakh": 1e5, "lakhs": 1e5}

// spacedMagnitudes may stand as a separate word; the one-letter forms only touch the number.
var spacedMagnitudes = map[string]bool{"thousand": true, "million": true, "billion": true,
	"trillion": true, "bn": true, "mn": true, "mln": true, "tn": true, "trn": true,
	"crore": true, "crores": true, "lakh": true, "lakhs": true}
