"""Build tests/data/quantity_cases.json: sentences written for verify from the patterns of wire copy.

Each case: text, expected quantities (text as it appears, low, high, category, event), and expected
relation statuses. Run: python tests/data/quantity_cases.py
"""
import json
from pathlib import Path

Q = lambda text, low, high, category=None, event=None: {"text": text, "low": low, "high": high, "category": category, "event": event}

CASES = [
    # wars and attacks
    ("An air strike killed 12 civilians in the village.", [Q("12", 12, 12, "civilians", "killed")], []),
    ("At least 30 people were killed in the blast.", [Q("At least 30", 30, None, "people", "killed")], []),
    ("More than 200 soldiers were wounded.", [Q("More than 200", 200, None, "soldiers", "wounded")], []),
    ("Nearly 50 militants died in the clashes.", [Q("Nearly 50", None, 50, "militants", "killed")], []),
    ("Up to 1,500 people have been displaced.", [Q("Up to 1,500", None, 1500, "people", "displaced")], []),
    ("Between 13 and 46 people were killed, officials said.", [Q("between 13 and 46", 13, 46, "people", "killed")], []),
    ("Police arrested 14 protesters on Sunday.", [Q("14", 14, 14, "protesters", "arrested")], []),
    ("Dozens of people were injured.", [Q("Dozens", 24, 99, "people", "wounded")], []),
    ("Hundreds of families fled the fighting.", [Q("Hundreds", 200, 999, "families", "displaced")], []),
    ("Twenty-three soldiers were killed in the ambush.", [Q("Twenty-three", 23, 23, "soldiers", "killed")], []),
    ("The attack killed five children and two women.", [Q("five", 5, 5, "children", "killed"), Q("two", 2, 2, "women", "killed")], []),
    ("A dozen bodies were found near the river.", [Q("A dozen", 12, 12, "bodies", "killed")], []),
    ("Several policemen were hurt in the riot.", [Q("Several", 3, 9, "policemen", "wounded")], []),
    ("The army said 40 rebels were killed.", [Q("40", 40, 40, "rebels", "killed")], []),
    ("About 300 prisoners escaped.", [Q("About 300", 300, 300, "prisoners", None)], []),
    ("Two million people have fled the country.", [Q("Two million", 2000000, 2000000, "people", "displaced")], []),
    ("Tens of thousands of people were displaced.", [Q("Tens of thousands", 20000, 99999, "people", "displaced")], []),
    ("Scores of people were killed.", [Q("Scores", 40, 199, "people", "killed")], []),
    ("Fighting has killed 1,200 people, among them 400 civilians.", [Q("1,200", 1200, 1200, "people", "killed"), Q("400", 400, 400, "civilians", "killed")], ["part-of"]),
    ("The clashes killed 90 people, including 30 soldiers and 20 police officers.", [Q("90", 90, 90, "people", "killed"), Q("30", 30, 30, "soldiers", "killed"), Q("20", 20, 20, "police", "killed")], ["part-of"]),
    ("The blast killed 10 people, among them 8 soldiers and 5 children.", [Q("10", 10, 10, "people", "killed"), Q("8", 8, 8, "soldiers", "killed"), Q("5", 5, 5, "children", "killed")], ["needs-review"]),
    ("The ministry said on Monday 40 people had died. The toll has risen to 65 people killed.", [Q("40", 40, 40, "people", "killed"), Q("65", 65, 65, "people", "killed")], ["superseded"]),
    # disasters
    ("The earthquake killed 2,300 people and injured 5,000.", [Q("2,300", 2300, 2300, "people", "killed"), Q("5,000", 5000, 5000, None, "wounded")], []),
    ("Floods have left 17 people dead and 40 missing.", [Q("17", 17, 17, "people", "killed"), Q("40", 40, 40, None, "missing")], []),
    ("The storm destroyed 3,000 homes.", [Q("3,000", 3000, 3000, "homes", None)], []),
    ("Rescuers pulled 12 survivors from the rubble.", [Q("12", 12, 12, "survivors", None)], []),
    ("The fire killed four firefighters.", [Q("four", 4, 4, None, "killed")], []),
    ("At least 1,000 people were evacuated from the coast.", [Q("At least 1,000", 1000, None, "people", "displaced")], []),
    ("The bus crash killed 9 passengers and injured 21.", [Q("9", 9, 9, "passengers", "killed"), Q("21", 21, 21, None, "wounded")], []),
    ("A landslide buried 35 houses.", [Q("35", 35, 35, "houses", None)], []),
    # epidemics
    ("Health officials reported 120 new cases on Tuesday.", [Q("120", 120, 120, "cases", "infected")], []),
    ("The outbreak has infected more than 4,000 people.", [Q("more than 4,000", 4000, None, "people", "infected")], []),
    ("The virus has killed 18 patients.", [Q("18", 18, 18, "patients", "killed")], []),
    ("Nearly a dozen nurses fell ill.", [Q("Nearly a dozen", None, 12, "nurses", None)], []),
    ("Some 250 students were tested.", [Q("Some 250", 250, 250, "students", None)], []),
    # protests
    ("Thousands of protesters marched through the capital.", [Q("Thousands", 2000, 99999, "protesters", "protested")], []),
    ("Organisers said 50,000 people took part; police put the number at 12,000.", [Q("50,000", 50000, 50000, "people", "protested"), Q("12,000", 12000, 12000, None, "protested")], ["conflict"]),
    ("Police detained 63 demonstrators.", [Q("63", 63, 63, "demonstrators", "arrested")], []),
    ("A handful of journalists were held.", [Q("A handful", 2, 5, "journalists", "arrested")], []),
    # elections
    ("The party won 48 seats in the 120-seat parliament.", [Q("48", 48, 48, "seats", "seats")], []),
    ("The candidate received 1.2 million votes.", [Q("1.2 million", 1200000, 1200000, "votes", "votes")], []),
    ("Some 3,000 workers went on strike.", [Q("Some 3,000", 3000, 3000, "workers", None)], []),
    # not counts
    ("The war began in 2011.", [], []),
    ("The talks are planned for January 22.", [], []),
    ("The meeting starts at 10:30 a.m. on Friday.", [], []),
    ("The 35-year-old man was arrested.", [], []),
    ("John Smith, 45, said he was leaving.", [], []),
    ("He came third in the race.", [], []),
    ("Prices rose 5 percent last year.", [], []),
    ("The company paid $4 million in fines.", [], []),
    ("Flight 370 disappeared over the ocean.", [], []),
    ("The 5th Brigade moved north.", [], []),
    ("Group 4 took over the contract.", [], []),
    ("UN Security Council Resolution 2254 was passed.", [], []),
    ("Call the hotline on +44 20 7946 0958.", [], []),
    ("Nine days of infighting have shaken the city.", [], []),
    ("One of the leaders spoke.", [], []),
    ("The ceasefire lasted 48 hours.", [], []),
    ("He served 12 years in prison.", [], []),
    ("On March 3 the ship docked.", [], []),
    # mixed passages
    ("Rebels said 20 fighters were killed. The army said 35 rebels were killed.", [Q("20", 20, 20, "fighters", "killed"), Q("35", 35, 35, "rebels", "killed")], []),
    ("The governor said 70 people died in the floods in the north. In the south, 12 people died.", [Q("70", 70, 70, "people", "killed"), Q("12", 12, 12, "people", "killed")], ["different-scope"]),
    ("The Red Cross said 40 people were killed. The ministry said 55 people were killed.", [Q("40", 40, 40, "people", "killed"), Q("55", 55, 55, "people", "killed")], ["conflict"]),
    ("The agency said 100 people were killed. Police also said 100 people were killed.", [Q("100", 100, 100, "people", "killed"), Q("100", 100, 100, "people", "killed")], ["consistent"]),
    ("The ministry said on Friday 300 people had died. The toll now stands at 250 people killed.", [Q("300", 300, 300, "people", "killed"), Q("250", 250, 250, "people", "killed")], ["needs-review"]),
]

if __name__ == "__main__":
    out = [{"text": t, "quantities": q, "relations": r} for t, q, r in CASES]
    path = Path(__file__).with_suffix(".json")
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(out)} cases -> {path}")
