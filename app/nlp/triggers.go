package nlp

import (
	"strings"

	"dossier/app"
)

// triggerDef is one trigger phrase: the event type it names and whether it
// is a noun that loses its meaning as a modifier ("attack drones").
type triggerDef struct {
	typ  app.EventType
	noun bool
}

// triggerWords maps lower-case trigger phrases (one to three tokens, as
// prose splits them) to event types. Written for Dossier from the event
// types of the annotation guidelines and common news wording for each.
var triggerWords = func() map[string]triggerDef {
	m := map[string]triggerDef{}
	add := func(t app.EventType, noun bool, phrases string) {
		for _, p := range strings.Split(phrases, ",") {
			if p = strings.TrimSpace(p); p != "" {
				m[p] = triggerDef{t, noun}
			}
		}
	}
	add(app.EventAttack, true, `attack, attacks, assault, strike, drone strike, air strike, airstrike,
		airstrikes, air strikes, drone strikes, missile strike, ambush, massacre, shooting, shootout, gunfight,
		siege, school siege, coup, coup attempt, attempted coup, stabbing, offensive, invasion, clashes, shelling`)
	add(app.EventAttack, false, `attacked, attacking, assaulted, ambushed, shelled, stormed, invaded,
		opened fire, fired on, clashed, massacred`)
	add(app.EventBombing, true, `bombing, bombings, blast, explosion, car bomb, suicide bombing, bomb attack`)
	add(app.EventBombing, false, `bombed, exploded, detonated`)
	add(app.EventArrest, false, `arrested, detained, apprehended, taken into custody, rounded up, nabbed`)
	add(app.EventArrest, true, `arrest, arrests, detention`)
	add(app.EventWarning, false, `warned, warns, warning, vowed, threatened, cautioned`)
	add(app.EventClaim, false, `claimed responsibility, claimed credit, claiming responsibility,
		claims responsibility, claim of responsibility, took responsibility`)
	add(app.EventSanction, false, `sanctioned, imposed sanctions, blacklisted, imposed asset freezes,
		froze the assets, froze assets, imposed travel bans`)
	add(app.EventSanction, true, `sanctions`)
	add(app.EventCyberIntrusion, false, `hacked, breached, broke into, broken into, compromised, infiltrated`)
	add(app.EventCyberIntrusion, true, `cyberattack, cyber attack, cyber-attack, ransomware attack, data breach,
		breach, intrusion, hack, phishing campaign, ddos attack, compromise`)
	add(app.EventElection, true, `election, elections, mayoral election, presidential election,
		parliamentary elections, parliamentary election, referendum, runoff, run-off, vote, polls`)
	add(app.EventElection, false, `elected, re-elected`)
	add(app.EventProtest, true, `protest, protests, rally, rallies, demonstration, demonstrations, march`)
	add(app.EventProtest, false, `protested, rallied, demonstrated, marched`)
	add(app.EventVerdict, false, `convicted, sentenced, acquitted, found guilty, jailed, convicts`)
	add(app.EventVerdict, true, `verdict, conviction`)
	add(app.EventSeizure, false, `seized, seizing, confiscated, intercepted, impounded, took control, seizes`)
	add(app.EventSeizure, true, `seizure, seizures`)
	add(app.EventMeeting, false, `met, held talks, convened`)
	add(app.EventMeeting, true, `summit, talks`)
	add(app.EventOther, false, `condemned, charged, deployed, released, raided, kidnapped, abducted,
		extradited, collided, crashed, escaped, surrendered, repatriated, evacuated, expelled, laundered,
		indicted, appeared before, opened an investigation, opened an inquiry, launched an investigation,
		launched a search, handed over`)
	add(app.EventOther, true, `kidnapping, abduction, extradition, collision, crash, plane crash, earthquake,
		quake, tremor, flood, floods, landslide, discovery, investigation, inquiry, emergency appeal, raid, raids`)
	return m
}()

// maxTriggerTokens is the longest trigger phrase in tokens.
const maxTriggerTokens = 3
