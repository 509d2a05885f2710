module github.com/quals-dev/quals

go 1.26

require (
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
)
