package nlp

// sampleTexts are short texts written for these tests.
var sampleTexts = []string{
	"Col. Maren T. Okafor said on Tuesday that the Lakeshore Defence Group had moved 40 trucks into Vardøya.",
}
