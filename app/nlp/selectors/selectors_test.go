package selectors

import (
	"strings"
	"testing"

	"dossier/app"
)

// render lists matches as "TYPE text=value" joined by "; ".
func render(ms []Match) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = string(m.Type) + " " + m.Text + "=" + m.Value
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"email", "Write to press.office@ministry.example, not spam.",
			"EMAIL press.office@ministry.example=press.office@ministry.example"},
		{"email defanged", "Sender: billing[@]paym3nt[.]ru today.", "EMAIL billing[@]paym3nt[.]ru=billing@paym3nt.ru"},
		{"url", "See https://example.org/a/b?x=1.", "URL https://example.org/a/b?x=1=https://example.org/a/b?x=1"},
		{"url www", "Visit www.example.org, then leave.", "URL www.example.org=http://www.example.org"},
		{"url parens kept", "(source: https://en.wikipedia.org/wiki/Foo_(bar))",
			"URL https://en.wikipedia.org/wiki/Foo_(bar)=https://en.wikipedia.org/wiki/Foo_(bar)"},
		{"url hxxp", "Payload at hxxps://cdn-update(.)net/a.exe.", "URL hxxps://cdn-update(.)net/a.exe=https://cdn-update.net/a.exe"},
		{"url scheme defang", "Beacon to hxxp[:]//c2[.]example[.]com/gate.", "URL hxxp[:]//c2[.]example[.]com/gate=http://c2.example.com/gate"},
		{"bare defanged host", "The domain evil-site[.]info was seized.", "URL evil-site[.]info=http://evil-site.info"},
		{"bare host", "It lured users to diplo-reception.com/invite.php, unlike Booking.com.",
			"URL diplo-reception.com/invite.php=http://diplo-reception.com/invite.php"},
		{"ipv4", "Traffic came from 203.0.113.9 and 198.51.100.23.", "IP 203.0.113.9=203.0.113.9; IP 198.51.100.23=198.51.100.23"},
		{"ipv4 defanged", "Block 185.220.101[.]4 now.", "IP 185.220.101[.]4=185.220.101.4"},
		{"ipv4 port", "Listening on 10.0.0.1:8080.", "IP 10.0.0.1=10.0.0.1"},
		{"ipv6", "Also 2001:DB8:0:0::1 and [fe80::1].", "IP 2001:DB8:0:0::1=2001:db8::1; IP fe80::1=fe80::1"},
		{"phone uk", "Call +44 20 7946 0958 now.", "PHONE +44 20 7946 0958=+442079460958"},
		{"phone ru", "Tel. +7 (495) 123-45-67.", "PHONE +7 (495) 123-45-67=+74951234567"},
		{"phone us", "Dial (202) 555-0143 or 202-555-0199.", "PHONE (202) 555-0143=+12025550143; PHONE 202-555-0199=+12025550199"},
		{"phone national with hint", "Numbers: +44 7700 900123 and 07700 900456.",
			"PHONE +44 7700 900123=+447700900123; PHONE 07700 900456=+447700900456"},
		{"phone 00 prefix", "Ring 0033 1 23 45 67 89.", "PHONE 0033 1 23 45 67 89=+33123456789"},
		{"money symbol", "It cost $4.2 million and €300,000.", "MONEY $4.2 million=4200000 USD; MONEY €300,000=300000 EUR"},
		{"money suffix", "£1.5bn, $5m and $12 were paid.", "MONEY £1.5bn=1500000000 GBP; MONEY $5m=5000000 USD; MONEY $12=12 USD"},
		{"money prefixed", "US$ 20 million and HK$3,000 and USD 7.5 million.",
			"MONEY US$ 20 million=20000000 USD; MONEY HK$3,000=3000 HKD; MONEY USD 7.5 million=7500000 USD"},
		{"money words", "He paid 40,000 Swedish kronor and 2 million rubles.",
			"MONEY 40,000 Swedish kronor=40000 SEK; MONEY 2 million rubles=2000000 RUB"},
		{"money adjective phrase", "Fines of 3 million Hong Kong dollars.", "MONEY 3 million Hong Kong dollars=3000000 HKD"},
		{"money shared name", "About 50,000 pesos changed hands.", "MONEY 50,000 pesos=50000 pesos"},
		{"money cents", "Bread rose by 50 cents.", "MONEY 50 cents=0.5 USD"},
		{"money crypto", "The ransom was 5 bitcoin.", "MONEY 5 bitcoin=5 BTC"},
		{"money naira", "They demanded ₦500 million.", "MONEY ₦500 million=500000000 NGN"},
		{"hashtag", "Posts tagged #FreeThemAll spread.", "HASHTAG #FreeThemAll=#freethemall"},
		{"eth", "Sent to 0x52908400098527886E0F7030069857D2E4169EE7.",
			"CRYPTO 0x52908400098527886E0F7030069857D2E4169EE7=0x52908400098527886e0f7030069857d2e4169ee7"},
		{"btc", "Wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 and bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.",
			"CRYPTO 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2=1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2; " +
				"CRYPTO bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"},
		{"url holds others", "Get http://203.0.113.5/x#top and mailto-free http://a.example/u@b.example.",
			"URL http://203.0.113.5/x#top=http://203.0.113.5/x#top; URL http://a.example/u@b.example=http://a.example/u@b.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(find(tt.text)); got != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFindNot lists dates, years, counts, ids and look-alikes that are no selectors.
func TestFindNot(t *testing.T) {
	for _, text := range []string{
		"On 2024-03-07 and 07/03/2024, between 2013-2014 and 2019.",
		"He won 41,876 votes; 1,200,000 people and 2.4 million containers.",
		"Version 10.0.19041.1, 1.2.3.4.5 and 300.1.1.1 are no addresses.",
		"Case 123456789 and invoice 4471-2093-11.",
		"A 500 pounds of explosives and he won 300 seats; 5km and 40 percent.",
		"C# and F# code, item #1 and #42.",
		"Meet at 10:30:45 or 14:00.",
		"Bogus wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3.",
		"Node.js and ASP.NET are names, e.g. this.",
	} {
		if got := find(text); len(got) != 0 {
			t.Errorf("Find(%q) = %q, want nothing", text, render(got))
		}
	}
}

// TestFindOffsets checks code-point offsets after non-ASCII text.
func TestFindOffsets(t *testing.T) {
	text := "Ông Trần nhận ₫45 billion và gửi email tới trần@vn.example."
	ms := find(text)
	runes := []rune(text)
	if len(ms) != 2 {
		t.Fatalf("got %q, want 2 matches", render(ms))
	}
	for _, m := range ms {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("span [%d,%d] covers %q, Text %q", m.Start, m.End, got, m.Text)
		}
	}
	if ms[0].Type != app.TypeMoney || ms[0].Value != "45000000000 VND" {
		t.Errorf("money = %+v", ms[0])
	}
	if ms[1].Type != app.TypeEmail || ms[1].Text != "trần@vn.example" {
		t.Errorf("email = %+v", ms[1])
	}
}

// TestFindConcurrent runs Find from several goroutines (meaningful under -race).
func TestFindConcurrent(t *testing.T) {
	text := "Call +44 20 7946 0958 or 07700 900873, pay $4.2 million to ops@x.example via hxxp://a(.)com."
	want := render(Find(text))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- render(Find(text)) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Find = %q, want %q", got, want)
		}
	}
}
