package extract

import "testing"

// languageCases read spoken languages and how well: "fluent" and
// "business-level" are C1, "native" native, "conversational" B1, a CEFR
// level as written; "and" asks for all of them, "or" for one.
var languageCases = []lineCase{
	{"Fluent in English and German.", `{all: [{language: {name: English, level: C1}}, {language: {name: German, level: C1}}]}`},
	{"Native-level Japanese; business-level English.", `{all: [{language: {name: Japanese, level: native}}, {language: {name: English, level: C1}}]}`},
	{"Professional proficiency in French or Italian.", `{any: [{language: {name: French, level: C1}}, {language: {name: Italian, level: C1}}]}`},
	{"Conversational Spanish is a plus.", `{language: {name: Spanish, level: B1}}`},
	{"Excellent written and spoken English.", `{language: {name: English, level: C1}}`},
	{"English (C1) and Dutch (B2).", `{all: [{language: {name: English, level: C1}}, {language: {name: Dutch, level: B2}}]}`},
	{"Working proficiency in Mandarin.", `{language: {name: Chinese, level: B2}}`},
	{"Fluent English, German is a plus.", `{language: {name: English, level: C1}}`},
	{"Bilingual in English and Korean.", `{all: [{language: {name: English, level: native}}, {language: {name: Korean, level: native}}]}`},
	{"Good written communication in Polish.", `{language: {name: Polish, level: B2}}`},
}

func TestReadLanguages(t *testing.T) { runLineCases(t, languageCases) }
