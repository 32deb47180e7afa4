"""The bibliography: one list of works, cited by id from the rules and the site.

The References page is rendered from this list at build time, and every
citation on the site (``[@id]`` in Markdown) and every scoring rule's
``source`` must be an id defined here, so a citation can never dangle.
Numbers follow the order of ``REFERENCES`` (alphabetical by id, which is the
first author or the issuing body).

What each kind of work must carry, so a reader can follow it to the source
(tests/assessment/test_references.py enforces it):

- a journal article: its DOI and its PubMed id (PMID), or ``no_id_reason``
  saying which one is missing and why;
- a web page: its canonical ``url`` and the date it was ``accessed``;
- a guideline or report: a ``url`` with its ``accessed`` date, or a DOI, or a
  ``no_id_reason``;
- a lay article: patient-facing writing that is not peer reviewed. It is
  labelled as such on the References page and is never the source of a
  clinical claim or rule, only of how patients describe what they feel.

Identifiers are published only when they were seen beside the matching title
on PubMed/PMC, a publisher page, a Crossref record or an institutional
repository (see /work/shared/research/references-audit.md for the audit and
the report of the refs branch for the checks made since). An identifier that
was only seen in a third-party bibliography is left out and the reason says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Mapping, Optional

__all__ = ["Kind", "Reference", "REFERENCES", "REFERENCES_BY_ID", "reference_number"]


class Kind(Enum):
    """What sort of work a reference is; the value is the label readers see."""

    JOURNAL = "Journal article"
    GUIDELINE = "Guideline or report"
    WEB = "Web page"
    LAY = "Lay article"


@dataclass(frozen=True)
class Reference:
    """One cited work. ``short`` is the label shown beside a reason ("Chen 2009")."""

    id: str
    short: str
    citation: str
    doi: Optional[str] = None
    pmid: Optional[str] = None
    note: str = ""
    kind: Kind = Kind.JOURNAL
    url: Optional[str] = None
    accessed: Optional[dt.date] = None
    no_id_reason: str = ""

    @property
    def link(self) -> Optional[str]:
        """The canonical link for the work: its DOI, else its PubMed record, else its URL."""
        if self.doi:
            return f"https://doi.org/{self.doi}"
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        return self.url

    @property
    def is_lay(self) -> bool:
        """True for patient-facing writing that must not support a clinical claim."""
        return self.kind is Kind.LAY


# The research audit that found these addresses was delivered on this day;
# the access date records when the page was last seen at that address.
_AUDITED = dt.date(2026, 11, 29)

_NO_PMID = "PubMed id not yet confirmed in PubMed, so only the DOI is given."

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="agnoli2021",
        short="Agnoli 2021",
        citation="Agnoli A, Xing G, Tancredi DJ, Magnan E, Jerant A, Fenton JJ. "
        "Association of dose tapering with overdose or mental health crisis among "
        "patients prescribed long-term opioids. JAMA. 2021;326(5):411-419.",
        doi="10.1001/jama.2021.11013",
        pmid="34342618",
        note="113,618 patients: tapering was followed by more overdoses and mental "
        "health crises than a stable dose. The harm side of tapering.",
    ),
    Reference(
        id="allbutt1870",
        short="Allbutt 1870",
        citation="Allbutt TC. On the abuse of hypodermic injections of morphia. "
        "Practitioner. 1870;5:327-331.",
        no_id_reason="Published in 1870, before DOIs and PubMed; the volume and "
        "pages have not yet been checked against a library catalogue.",
        note="Historical: an early account of morphine seeming to make pain worse. "
        "Often misspelt 'Albutt' in the OIH literature.",
    ),
    Reference(
        id="angst2003",
        short="Angst 2003",
        citation="Angst MS, Koppert W, Pahl I, Clark DJ, Schmelz M. Short-term "
        "infusion of the mu-opioid agonist remifentanil in humans causes hyperalgesia "
        "during withdrawal. Pain. 2003;106(1-2):49-57.",
        doi="10.1016/S0304-3959(03)00276-8",
        pmid="14581110",
        note="Healthy volunteers, double blind and placebo controlled: within 30 "
        "minutes of stopping a 90-minute remifentanil infusion, a skin area that "
        "already hurt to the touch grew larger; heat pain in normal skin did not "
        "change. Ketamine (an NMDA blocker) prevented it. Hyperalgesia on "
        "withdrawal, after short use.",
    ),
    Reference(
        id="angst2006",
        short="Angst & Clark 2006",
        citation="Angst MS, Clark JD. Opioid-induced hyperalgesia: a qualitative "
        "systematic review. Anesthesiology. 2006;104(3):570-587.",
        doi="10.1097/00000542-200603000-00025",
        pmid="16508405",
    ),
    Reference(
        id="brummett2016",
        short="Brummett 2016",
        citation="Brummett CM, Bakshi RR, Goesling J, Leung D, Moser SE, Zollars JW, "
        "Williams DA, Clauw DJ, Hassett AL. Preliminary validation of the Michigan "
        "Body Map. Pain. 2016;157(6):1205-1212.",
        doi="10.1097/j.pain.0000000000000506",
        pmid="26835782",
        note="The Michigan Body Map: 35 body areas, front and back, scored as the "
        "number of areas marked. A basis for the self-check's body map.",
    ),
    Reference(
        id="cdc-overdose",
        short="CDC overdose signs",
        citation="US Centers for Disease Control and Prevention. Overdose "
        "prevention: recognizing an opioid overdose. Web page.",
        kind=Kind.WEB,
        url="https://www.cdc.gov/drugoverdose/prevention/index.html",
        accessed=_AUDITED,
        note="Pinpoint pupils; falling asleep or losing consciousness; slow, "
        "shallow breathing; choking or gurgling; limp body; pale, blue or cold "
        "skin. Call emergency services and stay with the person. The wording was "
        "checked on an archived copy of this page (CDC review date 31 August "
        "2017); CDC has since reorganised its overdose pages, so the address may "
        "now redirect.",
    ),
    Reference(
        id="cdc-overdose-response",
        short="CDC: what to do in an overdose",
        citation="US Centers for Disease Control and Prevention. What to do if you "
        "think someone is overdosing. Web page.",
        kind=Kind.WEB,
        url="https://www.cdc.gov/stop-overdose/response/index.html",
        accessed=dt.date(2026, 12, 6),
        note="Give naloxone if you have it and call 911; try to keep the person "
        "awake and breathing; lay them on their side to prevent choking; stay "
        "with them until help arrives. Naloxone is sold without a prescription "
        "in all 50 US states.",
    ),
    Reference(
        id="cdc2022",
        short="CDC 2022",
        citation="Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical "
        "Practice Guideline for Prescribing Opioids for Pain - United States, "
        "2022. MMWR Recomm Rep. 2022;71(RR-3):1-95.",
        doi="10.15585/mmwr.rr7103a1",
        kind=Kind.GUIDELINE,
        url="https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm",
        accessed=_AUDITED,
        note="Source of the morphine milligram equivalent (MME) factors, the "
        "taper rates and the advice to offer naloxone at 50 MME/day or more.",
    ),
    Reference(
        id="chen2009",
        short="Chen 2009",
        citation="Chen L, Malarick C, Seefeld L, Wang S, Houghton M, Mao J. Altered "
        "quantitative sensory testing outcome in subjects with opioid therapy. "
        "Pain. 2009;143(1-2):65-70.",
        doi="10.1016/j.pain.2009.01.022",
        pmid="19237249",
        note="58 people on opioids for chronic pain had a lower heat pain threshold "
        "and stronger temporal summation than people without opioids; cold and warm "
        "sensation did not differ, and of the clinical factors only the daily dose "
        "went with the changes. Table 4 lists the authors' proposed clinical "
        "factors for OIH (expert opinion, not tested in the study).",
    ),
    Reference(
        id="chen2014",
        short="Chen 2014",
        citation="Chen L, Sein M, Vo T, et al. Clinical interpretation of opioid "
        "tolerance versus opioid-induced hyperalgesia. J Opioid Manag. "
        "2014;10(6):383-393.",
        doi="10.5055/jom.2014.0235",
        pmid="25531956",
        note="A survey of US physicians, not a study of patients: there are no "
        "standard criteria that separate tolerance from OIH, and the clinicians "
        "who answered use how pain answers a dose increase (better in tolerance, "
        "worse in OIH).",
    ),
    Reference(
        id="chu2008",
        short="Chu 2008",
        citation="Chu LF, Angst MS, Clark D. Opioid-induced hyperalgesia in humans: "
        "molecular mechanisms and clinical considerations. Clin J Pain. "
        "2008;24(6):479-496.",
        doi="10.1097/AJP.0b013e31816b2f43",
        pmid="18574358",
        note="The rule of suspicion: falling opioid effect without disease "
        "progression, with unexplained pain reports or diffuse allodynia.",
    ),
    Reference(
        id="chu2012",
        short="Chu 2012",
        citation="Chu LF, D'Arcy N, Brady C, Zamora AK, Young CA, Kim JE, Clemenson "
        "AM, Angst MS, Clark JD. Analgesic tolerance without demonstrable "
        "opioid-induced hyperalgesia: a double-blinded, randomized, "
        "placebo-controlled trial of sustained-release morphine for treatment of "
        "chronic nonradicular low-back pain. Pain. 2012;153(8):1583-1592.",
        doi="10.1016/j.pain.2012.02.028",
        pmid="22704854",
        note="Balancing evidence: after a month of oral morphine, patients showed "
        "tolerance but no measurable OIH.",
    ),
    Reference(
        id="colvin2019",
        short="Colvin 2019",
        citation="Colvin LA, Bull F, Hales TG. Perioperative opioid analgesia - "
        "when is enough too much? A review of opioid-induced tolerance and "
        "hyperalgesia. Lancet. 2019;393(10180):1558-1568.",
        doi="10.1016/S0140-6736(19)30430-1",
        no_id_reason=_NO_PMID,
        note="Defines tolerance and OIH; once hyperalgesia is present, further "
        "opioid prescribing is 'largely futile'. Mechanisms include NMDA "
        "receptors and beta-arrestin-2 signalling.",
    ),
    Reference(
        id="dowell2019",
        short="Dowell 2019",
        citation="Dowell D, Compton WM, Giroir BP. Patient-centered reduction or "
        "discontinuation of long-term opioid analgesics: the HHS guide for "
        "clinicians. JAMA. 2019;322(19):1855-1856.",
        doi="10.1001/jama.2019.16409",
        pmid="31600366",
        note="The peer-reviewed summary of the HHS 2019 guide: avoid rapid or "
        "abrupt tapering.",
    ),
    Reference(
        id="farrar2001",
        short="Farrar 2001",
        citation="Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical "
        "importance of changes in chronic pain intensity measured on an 11-point "
        "numerical pain rating scale. Pain. 2001;94(2):149-158.",
        doi="10.1016/S0304-3959(01)00349-9",
        pmid="11690728",
        note="From daily pain diaries: a change of about 2 points or 30% on the "
        "0-10 scale matched what patients called much improved.",
    ),
    Reference(
        id="fda2016",
        short="FDA 2016",
        citation="US Food and Drug Administration. FDA warns about serious risks and "
        "death when combining opioid pain or cough medicines with benzodiazepines; "
        "requires its strongest warning. Drug Safety Communication, 31 August 2016.",
        kind=Kind.WEB,
        url="https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm",
        accessed=dt.date(2026, 12, 6),
        note="Boxed warnings: opioids taken with benzodiazepines or other drugs "
        "that slow the brain, including alcohol, have caused slowed or difficult "
        "breathing and deaths.",
    ),
    Reference(
        id="fda2019",
        short="FDA 2019",
        citation="US Food and Drug Administration. FDA warns about serious breathing "
        "problems with seizure and nerve pain medicines gabapentin (Neurontin, "
        "Gralise, Horizant) and pregabalin (Lyrica, Lyrica CR). Drug Safety "
        "Communication, 19 December 2019.",
        kind=Kind.WEB,
        url="https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-"
        "serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin",
        accessed=dt.date(2026, 12, 6),
        note="Serious breathing problems with gabapentin or pregabalin in people "
        "with respiratory risk factors: opioids and other drugs that slow the "
        "brain, lung disease such as COPD, and older age.",
    ),
    Reference(
        id="fda2023",
        short="FDA 2023",
        citation="US Food and Drug Administration. FDA updates prescribing "
        "information for all opioid pain medicines to provide additional "
        "guidance for safe use. Drug Safety Communication, 13 April 2023.",
        kind=Kind.WEB,
        url="https://www.fda.gov/drugs/fda-drug-safety-podcasts/fda-updates-"
        "prescribing-information-all-opioid-pain-medicines-provide-additional-"
        "guidance-safe-use",
        accessed=_AUDITED,
        note="Added an opioid-induced hyperalgesia warning to all immediate-release "
        "and extended-release opioid labels, distinct from tolerance and "
        "withdrawal: OIH can occur at any dose, and may occur more often with "
        "higher doses and longer-term use. The address is FDA's page for the communication's podcast; "
        "the address of the written communication was not found.",
    ),
    Reference(
        id="fishbain2009",
        short="Fishbain 2009",
        citation="Fishbain DA, Cole B, Lewis JE, Gao J, Rosomoff RS. Do opioids "
        "induce hyperalgesia in humans? An evidence-based structured review. "
        "Pain Med. 2009;10(5):829-839.",
        doi="10.1111/j.1526-4637.2009.00653.x",
        no_id_reason=_NO_PMID,
        note="48 human studies grouped under 10 testable hypotheses: the evidence "
        "for OIH in humans is mixed.",
    ),
    Reference(
        id="fletcher2014",
        short="Fletcher 2014",
        citation="Fletcher D, Martinez V. Opioid-induced hyperalgesia in patients "
        "after surgery: a systematic review and a meta-analysis. Br J Anaesth. "
        "2014;112(6):991-1004.",
        doi="10.1093/bja/aeu137",
        no_id_reason=_NO_PMID,
        note="27 trials, 1,494 patients: high doses of opioid during surgery, "
        "mainly remifentanil, were followed by slightly more pain afterwards.",
    ),
    Reference(
        id="frank2017",
        short="Frank 2017",
        citation="Frank JW, Lovejoy TI, Becker WC, Morasco BJ, Koenig CJ, Hoffecker "
        "L, Dischinger HR, Dobscha SK, Krebs EE. Patient outcomes in dose "
        "reduction or discontinuation of long-term opioid therapy: a systematic "
        "review. Ann Intern Med. 2017;167(3):181-191.",
        doi="10.7326/M17-0598",
        no_id_reason=_NO_PMID,
        note="67 studies of very low quality overall: after a dose reduction, pain, "
        "function and quality of life improved in the fair-quality studies.",
    ),
    Reference(
        id="hhs2019",
        short="HHS 2019",
        citation="US Department of Health and Human Services Working Group on "
        "Patient-Centered Reduction or Discontinuation of Long-term Opioid "
        "Analgesics. HHS Guide for Clinicians on the Appropriate Dosage Reduction "
        "or Discontinuation of Long-Term Opioid Analgesics. September 2019 "
        "(released 10 October 2019).",
        kind=Kind.GUIDELINE,
        no_id_reason="The address of the HHS document was not confirmed, so no "
        "link is given; its peer-reviewed summary is Dowell 2019 (JAMA).",
        note="Risks of rapid tapering: withdrawal, more pain, serious "
        "psychological distress and thoughts of suicide.",
    ),
    Reference(
        id="higgins2019",
        short="Higgins 2019",
        citation="Higgins C, Smith BH, Matthews K. Evidence of opioid-induced "
        "hyperalgesia in clinical populations after chronic opioid exposure: a "
        "systematic review and meta-analysis. Br J Anaesth. "
        "2019;122(6):e114-e126.",
        doi="10.1016/j.bja.2018.09.019",
        no_id_reason=_NO_PMID,
        note="26 studies, 2,706 participants: OIH shown in pain tolerance to heat "
        "and cold, not to electrical stimuli, and not in pain thresholds (the point "
        "at which a stimulus starts to hurt); clearer in opioid use disorder than "
        "in pain patients, and in groups given NMDA blockers (mostly methadone "
        "maintenance).",
    ),
    Reference(
        id="hutchinson2011",
        short="Hutchinson 2011",
        citation="Hutchinson MR, Shavit Y, Grace PM, Rice KC, Maier SF, Watkins LR. "
        "Exploring the neuroimmunopharmacology of opioids: an integrative review "
        "of mechanisms of central immune signaling and their implications for "
        "opioid analgesia. Pharmacol Rev. 2011;63(3):772-810.",
        doi="10.1124/pr.110.004135",
        no_id_reason=_NO_PMID,
        note="Glia, TLR4 and cytokines in the pain-promoting effects of opioids "
        "(mostly animal work).",
    ),
    Reference(
        id="kang2024",
        short="Kang 2024 (FDA)",
        citation="Kang SE (US Food and Drug Administration). Characteristics of "
        "opioid-induced hyperalgesia occurring with short and long-term opioid use. "
        "Poster P202, DIA 2024 Global Annual Meeting.",
        kind=Kind.WEB,
        url="https://diaglobal.org/zh-cn/flagship/dia-2024/program/about-our-offerings/"
        "posters/Poster-Presentations/Poster-Presentations-Details?AbstractID=108746",
        accessed=dt.date(2026, 12, 6),
        note="An FDA safety evaluator's review of the case reports behind the 2023 "
        "label change: of 46 cases of OIH, 38 followed long-term use (more than 12 "
        "weeks) and 8 short-term use; 10 reported clonus or myoclonus (muscle "
        "jerks). A conference abstract, not a peer-reviewed paper.",
    ),
    Reference(
        id="kum2020",
        short="Kum 2020",
        citation="Kum E, Buckley N, de Leon-Casasola O, Lema M, Busse JW. Attitudes "
        "towards and management of opioid-induced hyperalgesia: a survey of "
        "chronic pain practitioners. Clin J Pain. 2020;36(5):359-364.",
        doi="10.1097/AJP.0000000000000814",
        pmid="32028382",
        note="850 clinicians who manage chronic pain with opioids were surveyed; "
        "318 answered (37%), and 240 of those 318 (76%) had seen OIH in their "
        "practice.",
    ),
    Reference(
        id="lee2011",
        short="Lee 2011",
        citation="Lee M, Silverman SM, Hansen H, Patel VB, Manchikanti L. A "
        "comprehensive review of opioid-induced hyperalgesia. Pain Physician. "
        "2011;14(2):145-161.",
        pmid="21412369",
        no_id_reason="The journal's DOI for this article was not confirmed, so "
        "only the PubMed record is given.",
        note="Read as an abstract only.",
    ),
    Reference(
        id="nhs-health-literacy",
        short="NHS health literacy",
        citation="NHS England. NHS digital service manual. Content guide: health "
        "literacy.",
        kind=Kind.WEB,
        url="https://service-manual.nhs.uk/content/health-literacy",
        accessed=_AUDITED,
        note="More than 4 in 10 adults struggle with health content, more than "
        "6 in 10 when it includes numbers and statistics.",
    ),
    Reference(
        id="pemat",
        short="AHRQ PEMAT",
        citation="Shoemaker SJ, Wolf MS, Brach C. The Patient Education Materials "
        "Assessment Tool (PEMAT) and User's Guide, Version 1.0. Agency for "
        "Healthcare Research and Quality, AHRQ Pub. No. 14-0002-EF; November "
        "2013, updated August 2014.",
        kind=Kind.GUIDELINE,
        no_id_reason="AHRQ's address for the guide was recorded only in part, so "
        "no link is given; its validation study is Shoemaker 2014.",
        note="Scores understandability and actionability as percentages.",
    ),
    Reference(
        id="perez2020",
        short="Perez 2020",
        citation="Perez HR, Buonora M, Cunningham CO, Heo M, Starrels JL. Opioid "
        "taper is associated with subsequent termination of care: a retrospective "
        "cohort study. J Gen Intern Med. 2020;35(1):36-42.",
        doi="10.1007/s11606-019-05227-9",
        pmid="31428983",
        note="Patients whose opioids were tapered were more likely to lose their "
        "care afterwards: a reason to taper with the patient, not to them.",
    ),
    Reference(
        id="rieb2016",
        short="Rieb 2016",
        citation="Rieb LM, Norman WV, Martin RE, Berkowitz J, Wood E, McNeil R, "
        "Milloy MJ. Withdrawal-associated injury site pain (WISP): a descriptive "
        "case series of an opioid cessation phenomenon. Pain. "
        "2016;157(12):2865-2874.",
        doi="10.1097/j.pain.0000000000000710",
        pmid="27598412",
        note="A recalled, self-selected case series of 34 people: pain flaring at "
        "old, healed injury sites when opioids were stopped, median 8/10, lasting "
        "a median of 14 days with a wide spread (IQR 24 days); 44% had gone back "
        "to opioids because of this pain.",
    ),
    Reference(
        id="rivat2016",
        short="Rivat & Ballantyne 2016",
        citation="Rivat C, Ballantyne J. The dark side of opioids in pain "
        "management: basic science explains clinical observation. Pain Rep. "
        "2016;1(2):e570.",
        doi="10.1097/PR9.0000000000000570",
        no_id_reason=_NO_PMID,
        note="Links laboratory findings on opioid-induced sensitisation to what "
        "clinicians see with high, long-term doses.",
    ),
    Reference(
        id="roeckel2016",
        short="Roeckel 2016",
        citation="Roeckel LA, Le Coz GM, Gaveriaux-Ruff C, Simonin F. "
        "Opioid-induced hyperalgesia: cellular and molecular mechanisms. "
        "Neuroscience. 2016;338:160-182.",
        doi="10.1016/j.neuroscience.2016.06.029",
        no_id_reason=_NO_PMID,
        note="Mechanisms: NMDA receptors and long-term potentiation, descending "
        "facilitation, glia and TLR4, anti-opioid systems.",
    ),
    Reference(
        id="roeckel2017",
        short="Roeckel 2017",
        citation="Roeckel LA, Utard V, Reiss D, Mouheiche J, Maurin H, Robe A, "
        "Audouard E, Wood JN, Goumon Y, Simonin F, Gaveriaux-Ruff C. "
        "Morphine-induced hyperalgesia involves mu opioid receptors and the "
        "metabolite morphine-3-glucuronide. Sci Rep. 2017;7(1):10406.",
        doi="10.1038/s41598-017-11120-4",
        pmid="28871199",
        note="In mice, hyperalgesia from morphine and from its metabolite M3G "
        "needed the mu opioid receptor. Other mouse studies disagree, so the "
        "mechanism is unsettled.",
    ),
    Reference(
        id="samhsa2023",
        short="SAMHSA 2023",
        citation="Substance Abuse and Mental Health Services Administration. SAMHSA "
        "Overdose Prevention and Response Toolkit (formerly the SAMHSA Opioid "
        "Overdose Prevention Toolkit). 2023 update.",
        kind=Kind.GUIDELINE,
        no_id_reason="Distributed through the SAMHSA store "
        "(https://store.samhsa.gov); the toolkit's own page address and "
        "publication number were not recorded, so no link is given.",
        note="US government toolkit for responding to an opioid overdose, for "
        "first responders, prescribers, patients and families.",
    ),
    Reference(
        id="scherrer2021",
        short="Scherrer 2021",
        citation="Scherrer KH, Ziadni MS, Kong J-T, et al. Development and "
        "validation of the Collaborative Health Outcomes Information Registry "
        "body map. Pain Rep. 2021;6(1):e880.",
        doi="10.1097/PR9.0000000000000880",
        pmid="33490848",
        note="The CHOIR Body Map: 74 areas, front and back; the count of areas "
        "marked was reliable a week apart. A basis for the self-check's body map.",
    ),
    Reference(
        id="seed-key-signs",
        short="Key clinical signs article",
        citation="How to tell opioid hyperalgesia apart from tolerance: key "
        "clinical signs. Patient education article with an OIH-versus-tolerance "
        "checklist.",
        kind=Kind.LAY,
        no_id_reason="Supplied to the project as a text copy; its publisher and "
        "web address were not recorded.",
        note="One of this project's starting documents: clinical clues, two "
        "cases, management steps and an FAQ. Not peer reviewed.",
    ),
    Reference(
        id="seed-seven-truths",
        short="Seven truths article",
        citation="7 alarming truths about opioid induced hyperalgesia. Pain "
        "clinic patient education article.",
        kind=Kind.LAY,
        no_id_reason="Supplied to the project as a text copy; its publisher and "
        "web address were not recorded.",
        note="One of this project's starting documents: tolerance, dependence "
        "and addiction; warning signs; tapering, rotation, interventional "
        "options. Not peer reviewed.",
    ),
    Reference(
        id="shoemaker2014",
        short="Shoemaker 2014",
        citation="Shoemaker SJ, Wolf MS, Brach C. Development of the Patient "
        "Education Materials Assessment Tool (PEMAT): a new measure of "
        "understandability and actionability for print and audiovisual patient "
        "information. Patient Educ Couns. 2014.",
        doi="10.1016/j.pec.2014.05.027",
        no_id_reason="PubMed id, volume and pages not yet confirmed, so only the "
        "DOI is given.",
        note="The validation study of PEMAT.",
    ),
    Reference(
        id="silberg1997",
        short="Silberg 1997",
        citation="Silberg WM, Lundberg GD, Musacchio RA. Assessing, controlling, "
        "and assuring the quality of medical information on the Internet: "
        "caveant lector et viewor - let the reader and viewer beware. JAMA. "
        "1997;277(15):1244-1245.",
        doi="10.1001/jama.1997.03540390074039",
        no_id_reason=_NO_PMID,
        note="The JAMA benchmarks: authorship, attribution, disclosure, currency.",
    ),
    Reference(
        id="silverman2009",
        short="Silverman 2009",
        citation="Silverman SM. Opioid induced hyperalgesia: clinical implications "
        "for the pain practitioner. Pain Physician. 2009;12(3):679-684.",
        no_id_reason="Read in full from the project's copy of the paper, but its "
        "PubMed record and DOI have not yet been confirmed, so neither is given.",
        note="A focused review: NMDA, spinal dynorphin, descending facilitation; "
        "tolerance versus OIH; methadone, buprenorphine, ketamine.",
    ),
    Reference(
        id="survey-canada2020",
        short="Canadian survey 2020",
        citation="Opioid induced hyperalgesia, a research phenomenon or a clinical "
        "reality? Results of a Canadian survey. J Pers Med. 2020;10(2):27.",
        doi="10.3390/jpm10020027",
        no_id_reason="PubMed id not yet confirmed, so only the DOI is given; the "
        "authors (CHUM Pain Center and Montreal Heart Institute) are listed on "
        "the publisher's page.",
        note="462 physicians answered, most of them anaesthesiologists. They "
        "thought OIH rare, and most (70%) used no clinical test to diagnose it.",
    ),
    Reference(
        id="tompkins2011",
        short="Tompkins & Campbell 2011",
        citation="Tompkins DA, Campbell CM. Opioid-induced hyperalgesia: clinically "
        "relevant or extraneous research phenomenon? Curr Pain Headache Rep. "
        "2011;15(2):129-136.",
        doi="10.1007/s11916-010-0171-1",
        pmid="21225380",
        note="Table 1 (after Angst & Clark 2006): how OIH pain presents, with "
        "neurotoxicity features such as delirium, agitation, seizures and myoclonus.",
    ),
    Reference(
        id="vanderah2000",
        short="Vanderah 2000",
        citation="Vanderah TW, Gardell LR, Burgess SE, et al. Dynorphin promotes "
        "abnormal pain and spinal opioid antinociceptive tolerance. J Neurosci. "
        "2000;20(18):7074-7079.",
        pmid="10995854",
        no_id_reason="The DOI was not confirmed on a primary record, so only the "
        "PubMed record is given.",
        note="In rats, sustained spinal opioid raised spinal dynorphin and caused "
        "pain from touch and heat, reversed by blocking dynorphin.",
    ),
    Reference(
        id="vanderah2001",
        short="Vanderah 2001",
        citation="Vanderah TW, Suenaga NM, Ossipov MH, Malan TP Jr, Lai J, Porreca "
        "F. Tonic descending facilitation from the rostral ventromedial medulla "
        "mediates opioid-induced abnormal pain and antinociceptive tolerance. "
        "J Neurosci. 2001;21(1):279-286.",
        doi="10.1523/JNEUROSCI.21-01-00279.2001",
        pmid="11150345",
        note="In rats, blocking the brainstem's descending facilitation stopped "
        "both opioid-induced pain and apparent tolerance.",
    ),
    Reference(
        id="verywell-allodynia",
        short="Verywell Health",
        citation="An overview of opioid-induced hyperalgesia and allodynia. "
        "Verywell Health (consumer health website).",
        kind=Kind.LAY,
        no_id_reason="Supplied to the project as a text copy; its web address, "
        "author, reviewer and date were not recorded.",
        note="Cited only for how people describe allodynia in everyday words. "
        "Not peer reviewed.",
    ),
    Reference(
        id="watkins2009",
        short="Watkins 2009",
        citation="Watkins LR, Hutchinson MR, Rice KC, Maier SF. The 'toll' of "
        "opioid-induced glial activation: improving the clinical efficacy of "
        "opioids by targeting glia. Trends Pharmacol Sci. 2009;30(11):581-591.",
        doi="10.1016/j.tips.2009.08.002",
        no_id_reason=_NO_PMID,
        note="Glial activation through TLR4 opposes opioid pain relief in animal "
        "studies.",
    ),
    Reference(
        id="wilson2021",
        short="Wilson 2021",
        citation="Wilson SH, Hellman KM, James D, Adler AC, Chandrakantan A. "
        "Mechanisms, diagnosis, prevention and management of perioperative "
        "opioid-induced hyperalgesia. Pain Manag. 2021:405-417.",
        doi="10.2217/pmt-2020-0105",
        no_id_reason="PubMed id, volume and issue not yet confirmed, so only the "
        "DOI is given.",
        note="Proposes a clinical definition of OIH and how to tell it from other "
        "diagnoses; prevention around surgery.",
    ),
    Reference(
        id="wolfe2010",
        short="Wolfe 2010",
        citation="Wolfe F, Clauw DJ, Fitzcharles MA, et al. The American College of "
        "Rheumatology preliminary diagnostic criteria for fibromyalgia and "
        "measurement of symptom severity. Arthritis Care Res. 2010;62(5):600-610.",
        doi="10.1002/acr.20140",
        note="The Widespread Pain Index: 19 body areas (jaw, shoulder girdle, "
        "upper and lower arm, hip, upper and lower leg on each side; neck, upper "
        "and lower back, chest, abdomen). Its grouping of hip with buttock and "
        "of the shoulder with the arm is followed here.",
        no_id_reason=_NO_PMID,
    ),
    Reference(
        id="yang2019",
        short="Yang 2019",
        citation="Yang DZ, Sin B, Beckhusen J, Xia D, Khaimova R, Iliev I. "
        "Opioid-induced hyperalgesia in the nonsurgical setting: a systematic "
        "review. Am J Ther. 2019;26(3):e397-e405.",
        doi="10.1097/MJT.0000000000000734",
        pmid="29726847",
        note="8 trials outside surgery: most found OIH, but it showed up with "
        "electrical pain tests far more often than with cold or heat tests.",
    ),
    Reference(
        id="younger2008",
        short="Younger 2008",
        citation="Younger J, Barelka P, Carroll I, Kaplan K, Chu L, Prasad R, Gaeta "
        "R, Mackey S. Reduced cold pain tolerance in chronic pain patients following "
        "opioid detoxification. Pain Med. 2008;9(8):1158-1163.",
        doi="10.1111/j.1526-4637.2008.00475.x",
        no_id_reason="The DOI was seen on the front page of the PMC author "
        "manuscript (PMC2751584); the PubMed id was not seen, so it is not given.",
        note="12 patients on long-term opioids in a 1-2 week inpatient programme, "
        "most taken off opioids: the more opioid was withdrawn, the lower their "
        "cold pain tolerance at discharge. Withdrawal raised pain sensitivity for "
        "a time.",
    ),
)

REFERENCES_BY_ID: Mapping[str, Reference] = {ref.id: ref for ref in REFERENCES}


def reference_number(reference_id: str) -> int:
    """The 1-based number the References page shows for ``reference_id``."""
    for number, ref in enumerate(REFERENCES, start=1):
        if ref.id == reference_id:
            return number
    raise KeyError(reference_id)
