package extract

import "testing"

// publicationCases read publications: at least one (or the number given),
// on the topics the vocabulary finds; venues are not topics.
var publicationCases = []lineCase{
	{"Publications in machine learning, statistics, or operations research.", `{publications: {min: 1, topics: [machine learning, statistics, operations research]}}`},
	{"Publications at top venues (NeurIPS, ICML).", `{publications: {min: 1}}`},
	{"First-author publications in computer vision or robotics.", `{publications: {min: 1, topics: [computer vision, robotics]}}`},
	{"At least 3 peer-reviewed publications in NLP.", `{publications: {min: 3, topics: [NLP]}}`},
	{"A strong publication record in machine learning.", `{publications: {min: 1, topics: [machine learning]}}`},
	{"Experience with Kubernetes or publications in distributed systems.", `{any: [{experience: {any: [Kubernetes]}}, {publications: {min: 1, topics: [distributed systems]}}]}`},
}

func TestReadPublications(t *testing.T) { runLineCases(t, publicationCases) }

// certificationCases read certifications by name.
var certificationCases = []lineCase{
	{"AWS Certified Solutions Architect.", `{certification: {any: [AWS Certified Solutions Architect]}}`},
	{"PMP certification.", `{certification: {any: [PMP]}}`},
	{"CPA.", `{certification: {any: [CPA]}}`},
	{"CISSP, CISM or CISA certification.", `{certification: {any: [CISSP, CISM, CISA]}}`},
	{"Certifications in Azure or GCP are a plus.", `{certification: {any: [Azure, GCP]}}`},
	{"Six Sigma Green Belt certificate.", `{certification: {any: [Six Sigma Green Belt]}}`},
	{"Experience with Kubernetes and a CKA certification.", `{all: [{experience: {any: [Kubernetes]}}, {certification: {any: [CKA]}}]}`},
	// Certification as a topic names no certification.
	{"Experience designing certification programs for partners.", `{evidence: {terms: [designing, certification, partners], min: 2}}`},
}

func TestReadCertifications(t *testing.T) { runLineCases(t, certificationCases) }
