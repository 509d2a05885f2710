// Command quals matches candidate profiles (JSON Resume) against job
// postings and explains every point of the score. Run `quals --help`.
package main

import (
	"os"

	"github.com/quals-dev/quals/cmd/quals/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
