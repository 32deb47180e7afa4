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

# The clinical audit of the student diagnosis pages (branch audit-d1) read these pages on this day.
_REVIEWED = dt.date(2026, 12, 6)

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
        id="butrans-label",
        short="Butrans label",
        citation="Butrans (buprenorphine) transdermal system: prescribing information "
        "(highlights). US Food and Drug Administration-approved label, as posted on "
        "DailyMed by a repackager.",
        kind=Kind.WEB,
        url="https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?"
        "setid=93902b00-6cbf-477d-9a3a-e47b2c45ff96",
        accessed=_REVIEWED,
        note="A mu-opioid partial agonist patch worn for 7 days; the label limits the dose to "
        "one 20 mcg/hour system because of QTc prolongation and warns that heat raises "
        "buprenorphine release. An older label version; check the current one on DailyMed.",
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
        id="chang2007",
        short="Chang 2007",
        citation="Chang G, Chen L, Mao J. Opioid tolerance and hyperalgesia. Med Clin North "
        "Am. 2007;91:199-211.",
        no_id_reason="Read in a copy of the article; its DOI and PubMed id were not seen beside "
        "the title on PubMed, the publisher or Crossref, so neither is given.",
        note="Review: acquired tolerance can be pharmacodynamic, pharmacokinetic or learned; "
        "separates tolerance and OIH from dependence, addiction and pseudoaddiction.",
    ),
    Reference(
        id="chen2009",
        short="Chen 2009",
        citation="Chen L, Malarick C, Seefeld L, Wang S, Houghton M, Mao J. Altered "
        "quantitative sensory testing outcome in subjects with opioid therapy. "
        "Pain. 2009;143(1-2):65-70.",
        doi="10.1016/j.pain.2009.01.022",
        pmid="19237249",
        note="Table 4: clinical factors in the differential diagnosis of OIH.",
    ),
    Reference(
        id="chen2014",
        short="Chen 2014",
        citation="Chen L, Sein M, Vo T, et al. Clinical interpretation of opioid "
        "tolerance versus opioid-induced hyperalgesia. J Opioid Manag. "
        "2014;10(6):383-393.",
        doi="10.5055/jom.2014.0235",
        pmid="25531956",
        note="No standard criteria separate tolerance from OIH; how pain answers "
        "a dose change is the clinical clue (better with escalation in tolerance, "
        "worse in OIH).",
    ),
    Reference(
        id="chou2014",
        short="Chou 2014",
        citation="Chou R, Cruciani RA, Fiellin DA, Compton P, Farrar JT, Haigney MC, Inturrisi "
        "C, Knight JR, Otis-Green S, Marcus SM, Mehta D, Meyer MC, Portenoy R, Savage S, "
        "Strain E, Walsh S, Zeltzer L. Methadone safety: a clinical practice guideline from "
        "the American Pain Society and College on Problems of Drug Dependence, in "
        "collaboration with the Heart Rhythm Society. J Pain. 2014;15(4):321-337.",
        doi="10.1016/j.jpain.2014.01.494",
        pmid="24685458",
        note="ECG before methadone in people at risk of QTc prolongation (consider it in all); "
        "avoid methadone if the QTc is over 500 ms and consider other opioids at 450-500 ms; "
        "careful initiation and titration. Most recommendations rest on low-quality evidence.",
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
        id="coates2023",
        short="Coates & Lazarus 2023",
        citation="Coates S, Lazarus P. Hydrocodone, oxycodone, and morphine metabolism and "
        "drug-drug interactions. J Pharmacol Exp Ther. 2023;387(2):150-169.",
        doi="10.1124/jpet.123.001651",
        pmid="37679047",
        note="Review: hydrocodone and oxycodone interact through CYP enzymes (inhibition or "
        "induction), morphine through glucuronidation (UGT2B7).",
    ),
    Reference(
        id="coluzzi2020",
        short="Coluzzi 2020",
        citation="Coluzzi F, Caputi FF, Billeci D, Pastore AL, Candeletti S, Rocco M, "
        "Romualdi P. Safe use of opioids in chronic kidney disease and hemodialysis patients: "
        "tips and tricks for non-pain specialists. Ther Clin Risk Manag. 2020;16:821-837.",
        doi="10.2147/TCRM.S262843",
        pmid="32982255",
        note="Narrative review: morphine and codeine are not recommended in kidney disease "
        "because their metabolites accumulate; oxycodone and hydromorphone need dose "
        "adjustment; no data for tapentadol in end-stage disease.",
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
        id="compton2000",
        short="Compton 2000",
        citation="Compton P, Charuvastra VC, Kintaudi K, Ling W. Pain responses in "
        "methadone-maintained opioid abusers. J Pain Symptom Manage. 2000;20(4):237-245.",
        doi="10.1016/S0885-3924(00)00191-3",
        pmid="11027904",
        note="60 people on methadone maintenance tolerated cold-pressor pain less well than 60 "
        "matched controls.",
    ),
    Reference(
        id="crews2012",
        short="CPIC 2012",
        citation="Crews KR, Gaedigk A, Dunnenberger HM, Klein TE, Shen DD, Callaghan JT, "
        "Kharasch ED, Skaar TC. Clinical Pharmacogenetics Implementation Consortium (CPIC) "
        "guidelines for codeine therapy in the context of cytochrome P450 2D6 (CYP2D6) "
        "genotype. Clin Pharmacol Ther. 2012;91(2):321-326.",
        no_id_reason="Abstract read on PubMed Central (PMC3289963) and a university "
        "repository; the DOI and PubMed id were not seen, so neither is given.",
        note="Codeine is bioactivated to morphine by CYP2D6: it has little effect in poor "
        "metabolisers, and the risk of morphine toxicity is higher in ultrarapid "
        "metabolisers.",
    ),
    Reference(
        id="crews2014",
        short="CPIC 2014",
        citation="Crews KR, Gaedigk A, Dunnenberger HM, Leeder JS, Klein TE, Caudle KE, "
        "Haidar CE, Shen DD, Callaghan JT, Sadhasivam S, Prows CA, Kharasch ED, Skaar TC. "
        "Clinical Pharmacogenetics Implementation Consortium guidelines for cytochrome P450 "
        "2D6 genotype and codeine therapy: 2014 update. Clin Pharmacol Ther. "
        "2014;95(4):376-382.",
        doi="10.1038/clpt.2013.254",
        pmid="24458010",
        note="Codeine's efficacy and safety are governed by CYP2D6 activity; gives "
        "genotype-based recommendations for codeine.",
    ),
    Reference(
        id="crews2021",
        short="CPIC 2021",
        citation="Crews KR, et al. Clinical Pharmacogenetics Implementation Consortium "
        "guideline for CYP2D6, OPRM1, and COMT genotypes and select opioid therapy. Clin "
        "Pharmacol Ther. 2021;110(4):888-896.",
        doi="10.1002/cpt.2149",
        pmid="33387367",
        note="Gives CYP2D6-based prescribing advice for codeine and tramadol; the data for "
        "hydrocodone, oxycodone and methadone are limited or weak.",
    ),
    Reference(
        id="dolophine-label",
        short="Dolophine label",
        citation="Dolophine (methadone hydrochloride) tablets: prescribing information, "
        "Dosage and Administration. US Food and Drug Administration-approved label, as "
        "reproduced by Drugs.com.",
        kind=Kind.WEB,
        url="https://www.drugs.com/dosage/dolophine.html",
        accessed=_REVIEWED,
        note="Analgesia lasts 4-8 hours but the elimination half-life is 8-59 hours; steady "
        "state takes 3-5 days or longer; population conversion ratios are not accurate for "
        "individuals; deaths have occurred during conversion from other opioids. The boxed "
        "warning also covers QT prolongation and cytochrome P450 interactions.",
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
        id="dudgeon2007",
        short="Dudgeon 2007",
        citation="Dudgeon DJ, Bruera E, Gagnon B, Watanabe SM, Allan SJ, Warr DG, MacDonald "
        "SM, Savage C, Tu D, Pater JL. A phase III randomized, double-blind, "
        "placebo-controlled study evaluating dextromethorphan plus slow-release morphine for "
        "chronic cancer pain relief in terminally ill patients. J Pain Symptom Manage. "
        "2007;33(4):365-371.",
        doi="10.1016/j.jpainsymman.2006.09.017",
        pmid="17397698",
        note="65 patients: adding dextromethorphan to morphine did not significantly improve "
        "pain or reduce morphine use, and caused more dizziness.",
    ),
    Reference(
        id="duragesic-label",
        short="Duragesic label",
        citation="Duragesic (fentanyl transdermal system): prescribing information, boxed "
        "warning. US Food and Drug Administration-approved label, as reproduced by GlobalRPh "
        "from RxList.",
        kind=Kind.WEB,
        url="https://globalrph.com/rx-list/duragesic-drug/",
        accessed=_REVIEWED,
        note="The boxed warning includes cytochrome P450 3A4 interaction and exposure to heat; "
        "the patch is contraindicated in people who are not opioid tolerant.",
    ),
    Reference(
        id="empr2023",
        short="MPR 2023",
        citation="FDA updates opioid analgesic labeling to help guide prescribing decisions. "
        "Monthly Prescribing Reference (empr.com), April 2023. A trade-press summary of the "
        "April 2023 label changes.",
        kind=Kind.WEB,
        url="https://www.empr.com/home/news/safety-alerts-and-recalls/fda-updates-opioid-"
        "analgesic-labeling-to-help-guide-prescribing-decisions/",
        accessed=_REVIEWED,
        note="Summarises the new label wording: titration to higher doses reserved for "
        "patients in whom lower doses are insufficiently effective and the benefits clearly "
        "outweigh the substantial risks; OIH symptoms include more pain on a dose increase, "
        "less pain on a decrease, or allodynia; cases with long-term and short-term use; "
        "decreasing the dose or switching opioid may be considered. Cited beside fda2023 "
        "because the label text itself was not read.",
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
        id="fda2006",
        short="FDA 2006",
        citation="US Food and Drug Administration. Methadone hydrochloride (Dolophine). "
        "MedWatch safety alert and public health advisory, 27 November 2006.",
        kind=Kind.WEB,
        url="https://webarchive.library.unt.edu/web/20121101184641/http://www.fda.gov/Safety/"
        "MedWatch/SafetyInformation/SafetyAlertsforHumanMedicalProducts/ucm150642.htm",
        accessed=_REVIEWED,
        note="Deaths and life-threatening respiratory depression and arrhythmias with "
        "methadone, from unintended overdose, drug interactions and QT prolongation with "
        "torsades de pointes. Read on an archived copy of the FDA page.",
    ),
    Reference(
        id="fda2016",
        short="FDA 2016",
        citation="US Food and Drug Administration. FDA warns about several safety issues with "
        "opioid pain medicines; requires label changes. Drug Safety Communication, 22 March "
        "2016.",
        kind=Kind.WEB,
        url="https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-"
        "communication-fda-warns-about-several-safety-issues-opioid-pain-medicines-requires",
        accessed=_REVIEWED,
        note="Serotonin syndrome with opioids plus serotonergic drugs (reported most often "
        "with fentanyl and methadone at recommended doses), adrenal insufficiency and low "
        "sex hormones: warnings added to all opioid labels.",
    ),
    Reference(
        id="fda2017",
        short="FDA 2017",
        citation="US Food and Drug Administration. FDA restricts use of prescription codeine "
        "pain and cough medicines and tramadol pain medicines in children; recommends "
        "against use in breastfeeding women. Drug Safety Communication, 20 April 2017.",
        kind=Kind.WEB,
        url="https://fda.gov/drugs/drugsafety/ucm549679.htm",
        accessed=_REVIEWED,
        note="Codeine and tramadol contraindicated under 12; slowed breathing and deaths, "
        "partly through ultra-rapid CYP2D6 metabolism to more potent metabolites.",
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
        "withdrawal. The address is FDA's page for the communication's podcast; "
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
        id="gabel2022",
        short="Gabel 2022",
        citation="Gabel F, Hovhannisyan V, Berkati AK, Goumon Y. Morphine-3-glucuronide, "
        "physiology and behavior. Front Mol Neurosci. 2022.",
        doi="10.3389/fnmol.2022.882443",
        no_id_reason="PubMed id not yet confirmed in PubMed, so only the DOI is given.",
        note="Review: M6G is analgesic; M3G causes hyperalgesia and allodynia in rodents, but "
        "its effects in humans are much more debated and its receptor is unclear.",
    ),
    Reference(
        id="greene2015",
        short="Greene & Chambers 2015",
        citation="Greene MS, Chambers RA. Pseudoaddiction: fact or fiction? An investigation "
        "of the medical literature. Curr Addict Rep. 2015;2(4):310-317.",
        doi="10.1007/s40429-015-0074-7",
        no_id_reason="PubMed id not yet confirmed in PubMed, so only the DOI is given.",
        note="224 articles discussed pseudoaddiction by 2014; none tested it empirically. "
        "Proponents, including all four with drug-company funding, treated it as a reason "
        "for more aggressive opioid treatment.",
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
        note="26 studies, 2,706 participants: OIH shown in tolerance of heat and "
        "cold pain, not in detection thresholds; clearer in opioid use disorder "
        "than in pain patients.",
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
        id="jage2004",
        short="Jage 2004",
        citation="Jage J. Opioid tolerance and dependence - do they matter? Eur J Pain. "
        "Published online 19 July 2004.",
        no_id_reason="Read as an abstract in a university repository record; the volume, "
        "pages, DOI and PubMed id were not seen, so none is given.",
        note="Failed opioid therapy may be complicated by non-adherence, concealed use of "
        "other substances and diversion of prescribed opioids.",
    ),
    Reference(
        id="koppert2003",
        short="Koppert 2003",
        citation="Koppert W, Sittl R, Scheuber K, Alsheimer M, Schmelz M, Schuttler J. "
        "Differential modulation of remifentanil-induced analgesia and postinfusion "
        "hyperalgesia by S-ketamine and clonidine in humans. Anesthesiology. "
        "2003;99(1):152 (first page; the last page was not seen).",
        no_id_reason="Read as an abstract; the DOI was seen only in a citation index and the "
        "PubMed id not at all, so neither is given.",
        note="13 volunteers, electrical pain model: remifentanil shrank the area of punctate "
        "hyperalgesia during infusion; after it, pain and hyperalgesia were higher than "
        "control. S-ketamine abolished the post-infusion hyperalgesia.",
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
        id="mauermann2016",
        short="Mauermann 2016",
        citation="Mauermann E, et al. Does fentanyl lead to opioid-induced hyperalgesia in "
        "healthy volunteers? A double-blind, randomized, crossover trial. Anesthesiology. "
        "2016;124(2):453-463.",
        no_id_reason="Title, journal and abstract read on the publisher's page; the DOI, "
        "PubMed id and full author list were not seen there, so they are not given.",
        note="21 men: high-dose fentanyl enlarged the area of hyperalgesia 4.5-6.5 hours later "
        "while pain ratings and cold pressor threshold and tolerance went the other way.",
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
        id="nucynta-label",
        short="Nucynta label",
        citation="Nucynta (tapentadol) tablets: prescribing information, Clinical "
        "Pharmacology. US Food and Drug Administration-approved label, as reproduced by "
        "ClusterMed.",
        kind=Kind.WEB,
        url="https://clustermed.info/drugs/n/nucynta.html",
        accessed=_REVIEWED,
        note="Tapentadol is a mu-opioid agonist and a noradrenaline reuptake inhibitor; "
        "therapeutic and supratherapeutic doses did not affect the QT interval.",
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
        id="ram2008",
        short="Ram 2008",
        citation="Ram KC, Eisenberg E, Haddad M, Pud D. Oral opioid use alters DNIC but not "
        "cold pain perception in patients with chronic pain - new perspective of "
        "opioid-induced hyperalgesia. Pain. 2008;139(2):431-438.",
        no_id_reason="Abstract read on the University of Haifa repository page, which did not "
        "show the DOI; the PubMed id was not seen, so neither is given.",
        note="73 patients on oral opioids and 37 on other analgesics: no difference in cold "
        "pain threshold, intensity or tolerance, but weaker conditioned pain modulation (DNIC) "
        "with opioids.",
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
        note="Pain flaring at old injury sites during opioid withdrawal, median "
        "8/10, settling in about 14 days.",
    ),
    Reference(
        id="ripamonti1998",
        short="Ripamonti 1998",
        citation="Ripamonti C, Groff L, Brunelli C, Polastri D, Stavrakis A, De Conno F. "
        "Switching from morphine to oral methadone in treating cancer pain: what is the "
        "equianalgesic dose ratio? J Clin Oncol. 1998;16(10):3216-3221.",
        doi="10.1200/JCO.1998.16.10.3216",
        pmid="9779694",
        note="38 patients: morphine-to-methadone ratios ranged from 2.5:1 to 14.3:1 and rose "
        "with the previous morphine dose.",
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
        id="sande2017",
        short="Sande 2017",
        citation="Sande TA, Laird BJA, Fallon MT. The use of opioids in cancer patients with "
        "renal impairment - a systematic review. Support Care Cancer. 2017;25(2):661-675.",
        doi="10.1007/s00520-016-3447-0",
        pmid="27744535",
        note="18 heterogeneous studies: no recommendation could be made on the preferred "
        "opioid in renal impairment.",
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
        id="smith2000",
        short="Smith 2000",
        citation="Smith MT. Neuroexcitatory effects of morphine and hydromorphone: evidence "
        "implicating the 3-glucuronide metabolites. Clin Exp Pharmacol Physiol. "
        "2000;27(7):524-528.",
        no_id_reason="Abstract read on an abstract mirror that did not show the DOI or PubMed "
        "id, so neither is given.",
        note="Review: M3G and H3G lack analgesic activity but cause dose-dependent excitation "
        "(allodynia, myoclonus, seizures) in animals; proposed to explain neuroexcitation with "
        "large doses of morphine and hydromorphone.",
    ),
    Reference(
        id="spreen2022",
        short="Spreen 2022",
        citation="Spreen LA, Dittmar EN, Quirk KC, Smith MA. Buprenorphine initiation "
        "strategies for opioid use disorder and pain management: a systematic review. "
        "Pharmacotherapy. 2022;42(5):411-427.",
        doi="10.1002/phar.2676",
        pmid="35302671",
        note="47 studies (924 patients), mostly case reports and series: small, overlapping "
        "buprenorphine doses ('microdosing') can avoid the withdrawal needed for a "
        "traditional start.",
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
        id="ultram-label",
        short="Ultram label",
        citation="Ultram (tramadol hydrochloride) tablets: prescribing information, Warnings "
        "and Precautions. US Food and Drug Administration-approved label, as reproduced by "
        "RxList.",
        kind=Kind.WEB,
        url="https://www.rxlist.com/ultram-drug/warnings-precautions.htm",
        accessed=_REVIEWED,
        note="Seizures within the recommended dose range, more above it and with SSRIs, "
        "tricyclics, other opioids, MAO inhibitors and neuroleptics. The extended-release "
        "label (Ultram ER, reproduced at globalrph.com/rx-list/ultram-er-drug) adds serotonin "
        "syndrome, including with drugs that inhibit CYP2D6 or CYP3A4.",
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
        id="weissman1989",
        short="Weissman & Haddox 1989",
        citation="Weissman DE, Haddox JD. Opioid pseudoaddiction - an iatrogenic syndrome. "
        "Pain. 1989;36(3):363-366.",
        doi="10.1016/0304-3959(89)90097-3",
        pmid="2710565",
        note="One case report (a 17-year-old with leukaemia) that coined 'pseudoaddiction' "
        "for behaviour attributed to undertreated pain.",
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
        citation="Younger J, Barelka P, Carroll I, Kaplan K, Chu L, Prasad R, Gaeta R, Mackey "
        "S. Reduced cold pain tolerance in chronic pain patients following opioid "
        "detoxification. Pain Med. 2008;9(8):1158-1163.",
        doi="10.1111/j.1526-4637.2008.00475.x",
        no_id_reason="The DOI was seen on the NIH author manuscript (PMC2751584); the PubMed "
        "id was not seen, so it is not given.",
        note="12 patients in a 1-2 week inpatient withdrawal: the more opioid withdrawn, the "
        "lower the cold pain tolerance at discharge.",
    ),
)

REFERENCES_BY_ID: Mapping[str, Reference] = {ref.id: ref for ref in REFERENCES}


def reference_number(reference_id: str) -> int:
    """The 1-based number the References page shows for ``reference_id``."""
    for number, ref in enumerate(REFERENCES, start=1):
        if ref.id == reference_id:
            return number
    raise KeyError(reference_id)
