package extract

import "testing"

// namesCases read lists of skills and topics: "Experience with" asks for
// experience, "Knowledge of" and the like for a skill; parentheses, "such
// as", "e.g." and "one of" make lists; groups joined by "or" are any of
// them, by "and" all.
var namesCases = []lineCase{
	{"Knowledge of Kubernetes, Terraform and Helm.", `{skill: {all: [Kubernetes, Terraform, Helm]}}`},
	{"Proficiency in Python or Scala.", `{skill: {any: [Python, Scala]}}`},
	{"Familiarity with CI/CD pipelines (GitHub Actions, Jenkins).", `{skill: {any: [CI/CD, GitHub Actions, Jenkins]}}`},
	{"Experience with relational databases such as PostgreSQL or MySQL.", `{experience: {any: [relational databases, PostgreSQL, MySQL]}}`},
	{"Hands-on experience with at least one of the following: Spark, Flink, Beam.", `{experience: {any: [Spark, Flink, Beam]}}`},
	{"Experience in one or more of Java, Kotlin, or Swift.", `{experience: {any: [Java, Kotlin, Swift]}}`},
	{"Strong SQL skills.", `{skill: {any: [SQL]}}`},
	{"Understanding of TCP/IP and DNS.", `{skill: {any: [TCP/IP, DNS]}}`},
	{"Comfortable with Git and code review workflows.", `{skill: {all: [Git, code review]}}`},
	{"Exposure to computer vision (OpenCV) is a plus.", `{skill: {any: [computer vision, OpenCV]}}`},
	{"Excellent communication and presentation skills.", `{skill: {all: [communication, presentation]}}`},
	{"Background in signal processing or control theory.", `{experience: {any: [signal processing, control theory]}}`},
	{"Experience with user experience research methods.", `{experience: {any: [user experience, research]}}`},
	{"Experience in logistics, shipping, or supply chain software.", `{experience: {any: [logistics, shipping, supply chain software]}}`},
	// A line that is only a list of skills asks for them.
	{"Go, Python, and C++.", `{skill: {all: [Go, Python, C++]}}`},
	// Lists in parentheses: a kind of thing before them ("one compiled
	// language") is no name; "or" between them makes any.
	{"Proficient in at least one scripting language (Bash, Perl) or one compiled language (C, Rust).", `{any: [{skill: {any: [Bash, Perl]}}, {skill: {any: [C, Rust]}}]}`},
	{"Experience with cloud platforms (AWS, Azure) and container orchestration (Kubernetes).", `{all: [{experience: {any: [cloud platforms, AWS, Azure]}}, {experience: {any: [Kubernetes]}}]}`},
	// What follows the last list counts when it names something.
	{"Experience with message queues (e.g., Kafka/RabbitMQ) and low-latency services that handle streaming data.", `{all: [{experience: {any: [message queues, Kafka, RabbitMQ]}}, {experience: {any: [low-latency services, streaming data]}}]}`},
	// Two frames: both.
	{"Experience with Python and pandas, and experience with SQL.", `{all: [{experience: {all: [Python, pandas]}}, {experience: {any: [SQL]}}]}`},
	// "Fluency" in a programming language is no spoken language.
	{"Fluency in Python and SQL.", `{skill: {all: [Python, SQL]}}`},
}

func TestReadNames(t *testing.T) { runLineCases(t, namesCases) }
