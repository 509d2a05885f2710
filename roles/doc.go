// Package roles is the taxonomy of kinds of role that quals compares a
// posting's title with a candidate's titles by: role families such as
// backend, frontend, machine-learning, infrastructure, hardware, design,
// sales, marketing or finance, each in a group (the software families are
// one group, and "software" is its general family), and the seniority a
// title states ("Senior", "Staff", "Intern").
//
// Resolve reads the family of a title. The words that name a family in a
// title are curated (roles/data/families.yaml): the longest phrase of the
// title found there decides, a specialty before its group's general family
// ("Software Engineer, Machine Learning" is machine-learning). A title
// without such a phrase is looked up among the O*NET 29.2 occupation
// titles and alternate titles (https://www.onetcenter.org/, CC BY 4.0),
// whose occupation codes map to families: "Actuarial Analyst" is an O*NET
// title of the actuaries, in finance. The O*NET layer,
// roles/data/titles_generated.txt, is written by internal/gen/rolegen (go
// generate ./roles/... with ../shared/data present) and committed.
//
// Relate says how two families stand: the same, one the general family of
// the other's group, of one group, near (families of different groups
// that share much of their work, such as sales and marketing), or
// unrelated. Package match turns that into credit.
//
// The taxonomy is read on first use and immutable; it is safe for
// concurrent use.
package roles
