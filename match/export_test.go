package match

import "github.com/quals-dev/quals/profile"

// AsProfiles returns, for tests, the pool's candidates rebuilt, in the
// order Top breaks ties by.
func (pl *Pool) AsProfiles() []*profile.Profile {
	pl.mu.RLock()
	defer pl.mu.RUnlock()
	var out []*profile.Profile
	for slot := range pl.cands {
		if !pl.cands[slot].dead {
			out = append(out, pl.profileAt(int32(slot)))
		}
	}
	return out
}

// Matched is how many candidates Top has matched in full so far.
func (pl *Pool) Matched() int64 { return pl.matched.Load() }
