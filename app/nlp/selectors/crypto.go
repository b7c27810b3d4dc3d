package selectors

import (
	"crypto/sha256"
	"math/big"
	"regexp"
	"strings"

	"dossier/app"
)

var (
	ethAddr    = regexp.MustCompile(`\b0x[0-9a-fA-F]{40}\b`)
	bech32Addr = regexp.MustCompile(`\b(?:bc1|tb1|ltc1)[02-9ac-hj-np-z]{8,87}\b`)
	base58Addr = regexp.MustCompile(`\b[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}\b`)
)

// base58Versions are the version bytes of the base58check addresses we accept:
// Bitcoin P2PKH and P2SH, Litecoin L and M, Tron.
var base58Versions = map[byte]bool{0x00: true, 0x05: true, 0x30: true, 0x32: true, 0x41: true}

// findCrypto adds Ethereum, bech32 and base58check addresses of field f.
// Every candidate is checksum-verified (except Ethereum's optional mixed-case
// checksum), so random ids of the right shape are not reported.
func findCrypto(f string, off int, fs []found) []found {
	for _, loc := range ethAddr.FindAllStringIndex(f, -1) {
		fs = append(fs, found{off + loc[0], off + loc[1], app.TypeCrypto, strings.ToLower(f[loc[0]:loc[1]])})
	}
	for _, loc := range bech32Addr.FindAllStringIndex(f, -1) {
		if bech32Valid(f[loc[0]:loc[1]]) {
			fs = append(fs, found{off + loc[0], off + loc[1], app.TypeCrypto, f[loc[0]:loc[1]]})
		}
	}
	for _, loc := range base58Addr.FindAllStringIndex(f, -1) {
		if base58CheckValid(f[loc[0]:loc[1]]) {
			fs = append(fs, found{off + loc[0], off + loc[1], app.TypeCrypto, f[loc[0]:loc[1]]})
		}
	}
	return fs
}

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// bech32Valid verifies a bech32 or bech32m string's checksum (BIP 173/350).
func bech32Valid(s string) bool {
	sep := strings.LastIndexByte(s, '1')
	if sep < 1 || len(s)-sep < 7 {
		return false
	}
	hrp, data := s[:sep], s[sep+1:]
	values := make([]int, 0, len(hrp)*2+1+len(data))
	for i := 0; i < len(hrp); i++ {
		values = append(values, int(hrp[i])>>5)
	}
	values = append(values, 0)
	for i := 0; i < len(hrp); i++ {
		values = append(values, int(hrp[i])&31)
	}
	for i := 0; i < len(data); i++ {
		d := strings.IndexByte(bech32Charset, data[i])
		if d < 0 {
			return false
		}
		values = append(values, d)
	}
	p := polymod(values)
	return p == 1 || p == 0x2bc830a3
}

func polymod(values []int) int {
	gen := [5]int{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := 1
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ v
		for i := 0; i < 5; i++ {
			if (top>>i)&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58CheckValid decodes s and verifies its double-SHA-256 checksum and
// version byte.
func base58CheckValid(s string) bool {
	n := new(big.Int)
	radix := big.NewInt(58)
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base58Alphabet, s[i])
		if d < 0 {
			return false
		}
		n.Mul(n, radix).Add(n, big.NewInt(int64(d)))
	}
	b := n.Bytes()
	for i := 0; i < len(s) && s[i] == '1'; i++ {
		b = append([]byte{0}, b...)
	}
	if len(b) != 25 || !base58Versions[b[0]] {
		return false
	}
	h1 := sha256.Sum256(b[:21])
	h2 := sha256.Sum256(h1[:])
	return string(h2[:4]) == string(b[21:])
}
