package cli

import (
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/roles"
)

// warmKnowledge builds the embedded gazetteer and role taxonomy on the
// other cores while the command reads its documents: nearly every reading
// needs them, a process builds them once (some 30 ms together), and the
// first reader would otherwise wait for them in turn.
func warmKnowledge() {
	go geo.Default()
	go roles.Default()
}
