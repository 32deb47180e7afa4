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
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

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
    doi: str | None = None
    pmid: str | None = None
    note: str = ""
    kind: Kind = Kind.JOURNAL
    url: str | None = None
    accessed: dt.date | None = None
    no_id_reason: str = ""

    @property
    def link(self) -> str | None:
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

# Addresses added by the clinical audit of issue 21 were last seen on this day.
_REVIEWED = dt.date(2026, 12, 6)
_SEEN = _REVIEWED

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
        id="ash2019",
        short="ASH 2019",
        citation="American Society of Hematology. CDC issues key clarification on "
        "guideline for prescribing opioids for chronic pain. Press release, 2019.",
        kind=Kind.WEB,
        url="https://www.hematology.org/newsroom/press-releases/2019/cdc-issues-key-"
        "clarification-guideline-prescribing-opioids-chronic-pain",
        accessed=_REVIEWED,
        note="Reports CDC's 2019 letter to ASCO, ASH and NCCN: its opioid guideline was "
        "written for chronic pain outside active cancer treatment, palliative and "
        "end-of-life care, and was not meant to deny opioids to people with cancer or "
        "sickle cell disease.",
    ),
    Reference(
        id="axelrod2007",
        short="Axelrod 2007",
        citation="Axelrod DJ, Reville B. Using methadone to treat opioid-induced "
        "hyperalgesia and refractory pain. J Opioid Manag. 2007;3:113.",
        doi="10.5055/jom.2007.0048",
        no_id_reason="The DOI was seen beside the title in a Crossref reference record; "
        "the PubMed id, issue and end page were not confirmed, so they are left out.",
        note="A single case report: a woman with multiple myeloma whose pain rose "
        "despite escalating opioids was rotated to methadone, and her pain was "
        "controlled within days.",
    ),
    Reference(
        id="baron2006",
        short="Baron 2006",
        citation="Baron MJ, McDonald PW. Significant pain reduction in chronic pain "
        "patients after detoxification from high-dose opioids. J Opioid Manag. "
        "2006;2(5):277-282.",
        doi="10.5055/jom.2006.0041",
        pmid="17319259",
        note="Retrospective series: 21 of 23 patients detoxified from high-dose "
        "opioids reported less pain afterwards; the authors suggest OIH. The author "
        "names were not visible on the PubMed record read and are as usually cited.",
    ),
    Reference(
        id="blanco2019",
        short="Blanco & Volkow 2019",
        citation="Blanco C, Volkow ND. Management of opioid use disorder in the USA: "
        "present status and future directions. Lancet. 2019;393:1760-1772.",
        doi="10.1016/S0140-6736(18)33078-2",
        no_id_reason="PubMed id not yet confirmed, so only the DOI (seen on the "
        "Lancet's page and the article's first page) is given; volume and pages are "
        "from a Crossref reference record.",
        note="Opioid use disorder is persistent use despite its harms; medicines "
        "for it (methadone, buprenorphine, extended-release naltrexone) clearly "
        "improve outcomes but are underused.",
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
        citation="US Centers for Disease Control and Prevention. A shared approach "
        "to preventing opioid overdoses. Public Health Matters (CDC blog), June "
        "2021.",
        kind=Kind.WEB,
        url="https://blogs.cdc.gov/publichealthmatters/2021/06/opioid-overdose/",
        accessed=_SEEN,
        note="Signs: small, constricted pinpoint pupils; falling asleep or loss of "
        "consciousness; slow, shallow breathing; choking or gurgling sounds; limp "
        "body; cold, clammy or discoloured skin. Steps: call 911; give naloxone if "
        "available; try to keep the person awake and breathing; lay them on their "
        "side to prevent choking; stay until emergency workers arrive. Naloxone "
        "can be given by anyone, as a nose spray or an injection. The same signs "
        "were on CDC's earlier overdose-prevention page (reviewed 31 August 2017), "
        "which CDC has since retired.",
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
        note="58 people with chronic pain on opioids had a lower heat pain threshold "
        "and stronger temporal summation of heat pain than 41 without pain and 41 "
        "with pain but no opioids; cold and warm sensation did not differ. Of the "
        "clinical factors examined (dose, duration, opioid type, pain duration, "
        "sex), only the daily dose correlated with the changes. Table 4 "
        "(PMC2680088) is the authors' proposed list of clinical factors in the "
        "differential diagnosis of OIH, not findings of this study.",
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
        id="chou2014",
        short="Chou 2014",
        citation="Chou R, Cruciani RA, Fiellin DA, Compton P, Farrar JT, Haigney MC, "
        "Inturrisi C, Knight JR, Otis-Green S, Marcus SM, Mehta D, Meyer MC, Portenoy "
        "R, Savage S, Strain E, Walsh S, Zeltzer L. Methadone safety: a clinical "
        "practice guideline from the American Pain Society and College on Problems "
        "of Drug Dependence, in collaboration with the Heart Rhythm Society. J Pain. "
        "2014;15(4):321-337.",
        doi="10.1016/j.jpain.2014.01.494",
        pmid="24685458",
        note="Guideline (abstract): counsel patients on methadone safety, use an ECG "
        "to find people at higher risk of methadone-related heart rhythm problems, "
        "start and titrate carefully, and follow up closely; most recommendations "
        "rest on low-quality evidence.",
    ),
    Reference(
        id="chowdhury2009",
        short="Chowdhury & Board 2009",
        citation="Chowdhury MM, Board R. Morphine-induced hallucinations - resolution "
        "with switching to oxycodone: a case report and review of the literature. "
        "Cases J. 2009;2:9391.",
        no_id_reason="The DOI was seen only on a Mendeley catalogue record and the "
        "PubMed id not at all, so neither is given yet.",
        note="Case report: a man with prostate cancer on a diamorphine infusion for "
        "months; a higher dose controlled his pain, and morphine later caused "
        "hallucinations that went when he switched to oxycodone.",
    ),
    Reference(
        id="chu2006",
        short="Chu 2006",
        citation="Chu LF, et al. Opioid tolerance and hyperalgesia in chronic pain "
        "patients after one month of oral morphine therapy: a preliminary "
        "prospective study. J Pain. 2006;7(1):43-48.",
        doi="10.1016/j.jpain.2005.08.001",
        no_id_reason="PubMed id not yet confirmed, so only the DOI is given. The "
        "authors were not visible on the publisher's page read; first author as "
        "usually cited.",
        note="Six patients with low back pain, tested before and a month after "
        "starting oral morphine: all became both tolerant and hyperalgesic in the "
        "cold pressor test; no hyperalgesia to heat.",
    ),
    Reference(
        id="chu2008",
        short="Chu 2008",
        citation="Chu LF, Angst MS, Clark D. Opioid-induced hyperalgesia in humans: "
        "molecular mechanisms and clinical considerations. Clin J Pain. "
        "2008;24(6):479-496.",
        doi="10.1097/AJP.0b013e31816b2f43",
        pmid="18574358",
        note="Review. Its rule of suspicion: suspect OIH when the opioid's effect "
        "seems to wane without disease progression, particularly with unexplained "
        "pain reports or diffuse allodynia unrelated to the original pain. The "
        "abstract does not say that higher doses bring more pain.",
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
        citation="Compton P, et al. Pain responses in methadone-maintained opioid "
        "abusers. J Pain Symptom Manage. 2000;20(4):237-245.",
        doi="10.1016/s0885-3924(00)00191-3",
        pmid="11027904",
        note="60 people on methadone maintenance were less tolerant of cold-pressor "
        "pain than 60 matched controls; neither hydromorphone 2 mg nor ketorolac "
        "10 mg had a significant analgesic effect in either group. The PubMed "
        "record read did not show the author list; the first author is given as "
        "in the OIH literature (UCLA School of Nursing).",
    ),
    Reference(
        id="compton2001",
        short="Compton 2001",
        citation="Compton P, et al. Pain intolerance in opioid-maintained former "
        "opiate addicts: effect of long-acting maintenance agent. Drug Alcohol "
        "Depend. 2001;63(2):139-146.",
        pmid="11376918",
        no_id_reason="The PubMed record (Drug Alcohol Depend. 2001 Jul 1;63(2):"
        "139-46; UCLA School of Nursing) showed neither a DOI nor the author list, "
        "so only the PubMed id is given and the first author is given as in the "
        "OIH literature.",
        note="Cold-pressor test, 18 per group: methadone- and buprenorphine-maintained "
        "people were equally less tolerant of the pain than controls; only among the "
        "few without illicit opioid use (5 and 7) was buprenorphine in between.",
    ),
    Reference(
        id="compton2022",
        short="Compton 2022",
        citation="Compton P, Halabicky OM, Aryal S, Badiola I. Opioid taper is "
        "associated with improved experimental pain tolerance in patients with "
        "chronic pain: an observational study. Pain Ther. 2022;11(1):303-313.",
        doi="10.1007/s40122-021-00348-8",
        no_id_reason=_NO_PMID,
        note="Seven patients on 120 mg morphine equivalents a day or more: during an "
        "individual taper, cold-pressor threshold and tolerance rose a little every "
        "six weeks, with no fall in function or quality of life.",
    ),
    Reference(
        id="corder2017",
        short="Corder 2017",
        citation="Corder G, Tawfik VL, Wang D, Sypek EI, Low SA, Dickinson JR, "
        "Sotoudeh C, Clark JD, Barres BA, Bohlen CJ, Scherrer G. Loss of mu opioid "
        "receptor signaling in nociceptors, but not microglia, abrogates morphine "
        "tolerance without disrupting analgesia. Nat Med. 2017;23(2):164-173.",
        doi="10.1038/nm.4262",
        no_id_reason="The PubMed id was seen only in a library catalogue record, not "
        "on PubMed or the publisher's page, so only the DOI is given.",
        note="In mice, deleting the mu opioid receptor from nociceptors removed "
        "morphine tolerance and OIH; the receptor was found on nociceptors but not "
        "on spinal microglia. Evidence against a glia-first account.",
    ),
    Reference(
        id="cortinez2001",
        short="Cortinez 2001",
        citation="Cortinez LI, Brandes V, Munoz HR, Guerrero ME, Mur M. No clinical "
        "evidence of acute opioid tolerance after remifentanil-based anaesthesia. "
        "Br J Anaesth. 2001;87(6):866-869.",
        doi="10.1093/bja/87.6.866",
        no_id_reason="The PubMed id appeared only in the address of a mirror page, "
        "not beside the title, so only the DOI is given. The authors are as shown "
        "on two copies of the PubMed record.",
        note="60 women having gynaecological surgery: remifentanil-based and "
        "sevoflurane-based anaesthesia were followed by the same 24-hour morphine "
        "use (28.0 and 28.6 mg) and similar pain scores.",
    ),
    Reference(
        id="crane2011",
        short="Crane & Suda 2011",
        citation="Crane JH, Suda KJ. Oxycodone induced delirium and agitation in an "
        "elderly patient following total right knee arthroplasty. Int J Clin Pharm. "
        "2011;33(5):733-736.",
        doi="10.1007/s11096-011-9553-7",
        pmid="21853363",
        note="Case report: delirium in the days after surgery on morphine, and again "
        "on oxycodone; short-term use with neurotoxicity.",
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
        id="dale2011",
        short="Dale 2011",
        citation="Dale O, Moksnes K, Kaasa S. European Palliative Care Research "
        "Collaborative pain guidelines: opioid switching to improve analgesia or reduce "
        "side effects. A systematic review. Palliat Med. 2011;25(5):494-503.",
        doi="10.1177/0269216310384902",
        pmid="21708856",
        note="11 uncontrolled studies (280 cancer patients), none randomised: pain and "
        "serious side effects mostly improved after switching opioids, but the level of "
        "evidence was low (D).",
    ),
    Reference(
        id="demidenko2017",
        short="Demidenko 2017",
        citation="Demidenko MI, Dobscha SK, Morasco BJ, Meath THA, Ilgen MA, Lovejoy "
        "TI. Suicidal ideation and suicidal self-directed violence following "
        "clinician-initiated prescription opioid discontinuation among long-term "
        "opioid users. Gen Hosp Psychiatry. 2017;47:29-35.",
        doi="10.1016/j.genhosppsych.2017.04.011",
        no_id_reason="PubMed id not yet confirmed on a PubMed record, so only the DOI "
        "(seen on a Crossref-derived record) is given.",
        note="509 veterans whose clinicians stopped long-term opioids: 9.2% had "
        "suicidal ideation and 2.4% suicidal self-directed violence in the next "
        "12 months.",
    ),
    Reference(
        id="devulder1996",
        short="Devulder 1996",
        citation="Devulder J, Bohyn P, Castille F, De Laat M, Rolly G. A case of "
        "uncommon withdrawal symptoms after a short period of spinal morphine "
        "administration. Pain. 1996;64:589-591.",
        no_id_reason="Read from a copy of the article; its DOI and PubMed id were not "
        "seen on a PubMed, publisher or Crossref record, so neither is given.",
        note="Case report: allodynia and hyperpathia in all four limbs within a day "
        "of stopping 3 weeks of spinal morphine, gone when morphine restarted, and "
        "back when the catheter later slipped out of the spinal canal.",
    ),
    Reference(
        id="dezfulian2021",
        short="Dezfulian 2021 (AHA)",
        citation="Dezfulian C, Orkin AM, Maron BA, et al. Opioid-associated "
        "out-of-hospital cardiac arrest: distinctive clinical features and "
        "implications for health care and public responses: a scientific statement "
        "from the American Heart Association. Circulation. 2021;143:e836-e870.",
        doi="10.1161/CIR.0000000000000958",
        pmid="33682423",
        note="AHA scientific statement (abstract): opioid poisoning needs prompt "
        "emergency response and effective breathing support with chest "
        "compressions; laypeople who cannot be sure of a pulse are asked to start "
        "CPR; naloxone can be given by the public with dispatcher help.",
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
        citation="Dudgeon DJ, Bruera E, Gagnon B, Watanabe SM, Allan SJ, Warr DG, "
        "MacDonald SM, Savage C, Tu D, Pater JL. A phase III randomized, "
        "double-blind, placebo-controlled study evaluating dextromethorphan plus "
        "slow-release morphine for chronic cancer pain relief in terminally ill "
        "patients. J Pain Symptom Manage. 2007;33(4):365-371.",
        doi="10.1016/j.jpainsymman.2006.09.017",
        pmid="17397698",
        note="65 patients with cancer pain: adding dextromethorphan to slow-release "
        "morphine gave no significant gain in pain relief or in morphine use, and "
        "more dizziness; the authors do not support its use for this.",
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
        id="echevarria2011",
        short="Echevarria 2011",
        citation="Echevarria G, Elgueta F, Fierro C, Bugedo D, Faba G, "
        "Iniguez-Cuadra R, ..., Cortinez LI. Nitrous oxide (N2O) reduces postoperative "
        "opioid-induced hyperalgesia after remifentanil-propofol anaesthesia in "
        "humans. Br J Anaesth. 2011.",
        no_id_reason="Read as an abstract on a bibliographic site (Mendeley "
        "catalogue, which also lists the authors in part, ending with Cortinez LI); "
        "its DOI, PubMed id, volume and pages were not seen on a primary record.",
        note="50 adults having septorhinoplasty under propofol-remifentanil: with "
        "70% nitrous oxide the fall in mechanical pain threshold 12-18 hours later "
        "was smaller; pain scores and morphine use did not differ.",
    ),
    Reference(
        id="eisenberg2015",
        short="Eisenberg 2015",
        citation="Eisenberg E, Suzan E, Pud D. Opioid-induced hyperalgesia (OIH): a "
        "real clinical problem or just an experimental phenomenon? J Pain Symptom "
        "Manage. 2015;49(3):632-636.",
        no_id_reason="Read as an abstract on an Israeli university repository, "
        "which gives the volume (49), issue and pages; its DOI and PubMed id were "
        "not seen beside the title on a primary record.",
        note="Review: evidence for OIH in chronic or cancer pain is lacking apart "
        "from a few case reports and one prospective study; many acute and "
        "experimental studies may have measured withdrawal or tolerance instead.",
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
        id="fda-methadone-label",
        short="FDA methadone label",
        citation="US Food and Drug Administration. Methadone hydrochloride tablets: "
        "prescribing information (structured product label, boxed warning), via openFDA.",
        kind=Kind.GUIDELINE,
        url="https://api.fda.gov/drug/label.json?search=set_id%3A%227a8635fe-6183-"
        "4cda-9029-50e4e6dd5832%22",
        accessed=_REVIEWED,
        note="Boxed warnings for life-threatening QT prolongation, interactions with "
        "drugs affecting cytochrome P450 enzymes, and fatal respiratory depression "
        "during initiation and conversion to methadone.",
    ),
    Reference(
        id="fda2006",
        short="FDA 2006 (methadone)",
        citation="US Food and Drug Administration. FDA alert: death, narcotic "
        "overdose, and serious cardiac arrhythmias. Methadone hydrochloride "
        "(marketed as Dolophine) information, November 2006.",
        kind=Kind.WEB,
        url="https://webarchive.library.unt.edu/eot2008/20090119115117/"
        "http:/www.fda.gov/cder/drug/infopage/methadone/default.htm",
        accessed=_SEEN,
        note="Methadone can build up to a toxic level; it has toxic effects on the "
        "heart rhythm (QT prolongation, torsades de pointes); its half-life (8-59 "
        "hours) is longer than its pain relief (4-8 hours), so doses are chosen "
        "carefully and raised slowly, with close monitoring. The FDA page is gone; "
        "this is the archived copy kept by the University of North Texas.",
    ),
    Reference(
        id="fda2016",
        short="FDA 2016",
        citation="US Food and Drug Administration. FDA warns about serious risks and "
        "death when combining opioid pain or cough medicines with benzodiazepines; "
        "requires its strongest warning. Drug Safety Communication, 31 August 2016.",
        kind=Kind.WEB,
        url="https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm",
        accessed=_REVIEWED,
        note="Boxed warnings: opioids taken with benzodiazepines or other drugs "
        "that slow the brain, including alcohol, have caused slowed or difficult "
        "breathing and deaths.",
    ),
    Reference(
        id="fda2016-serotonin",
        short="FDA 2016 (serotonin)",
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
        id="fda2019",
        short="FDA 2019",
        citation="US Food and Drug Administration. FDA warns about serious breathing "
        "problems with seizure and nerve pain medicines gabapentin (Neurontin, "
        "Gralise, Horizant) and pregabalin (Lyrica, Lyrica CR). Drug Safety "
        "Communication, 19 December 2019.",
        kind=Kind.WEB,
        url="https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-"
        "serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-"
        "neurontin",
        accessed=_SEEN,
        note="Serious breathing problems can occur with gabapentin or pregabalin in "
        "people who also take opioids or other central nervous system depressants, "
        "who have lung disease such as COPD, or who are older.",
    ),
    Reference(
        id="fda2023",
        short="FDA 2023",
        citation="US Food and Drug Administration. FDA updates prescribing "
        "information for all opioid pain medicines to provide additional "
        "guidance for safe use. Drug Safety Communication, 13 April 2023.",
        kind=Kind.WEB,
        url="https://www.fda.gov/drugs/drug-safety-and-availability/fda-updates-"
        "prescribing-information-all-opioid-pain-medicines-provide-additional-"
        "guidance-safe-use",
        accessed=_SEEN,
        note="A new warning on all immediate-release and extended-release opioid "
        "pain medicines: OIH is an increase in pain (hyperalgesia) or in "
        "sensitivity to pain (allodynia) caused by an opioid taken for pain. It "
        "can occur at any dose, may occur more often with higher doses and "
        "longer-term use, is hard to recognise, and may lead to higher doses that "
        "worsen it and raise the risk of breathing problems. FDA's summary for "
        "health services describes it as distinct from tolerance and withdrawal. "
        "FDA's own safety reviewers report that 8 of the 46 cases behind the "
        "warning followed short-term use (see Kang 2024).",
    ),
    Reference(
        id="fishbain2009",
        short="Fishbain 2009",
        citation="Fishbain DA, Cole B, Lewis JE, Gao J, Rosomoff RS. Do opioids "
        "induce hyperalgesia in humans? An evidence-based structured review. "
        "Pain Med. 2009;10(5):829-839.",
        doi="10.1111/j.1526-4637.2009.00653.x",
        pmid="19594845",
        note="Structured review: of 504 references found, 48 human reports were kept "
        "and sorted under 10 hypotheses the OIH literature has tested (for example, "
        "that people maintained on opioids have lower pain thresholds or tolerance). "
        "Its conclusion is reported as: insufficient evidence for OIH in humans, "
        "except in normal volunteers given opioid infusions; the copies of the "
        "abstract read here (PubMed, the journal's page) broke off before the "
        "results, so that sentence was not seen.",
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
        note="67 studies (11 randomised, 56 observational; 51 of poor quality): "
        "among 40 studies of outcomes after dose reduction, improvement was "
        "reported in pain (8 of 8 fair-quality studies), function (5 of 5) and "
        "quality of life (3 of 3); the overall quality of evidence was very low.",
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
        id="gagnon2013",
        short="Gagnon 2013",
        citation="Gagnon DJ, et al. Tremors and agitation following low-dose "
        "intravenous hydromorphone administration in a patient with kidney "
        "dysfunction. Ann Pharmacother. 2013;47(7-8):e34.",
        doi="10.1345/aph.1R784",
        pmid="23715067",
        note="Case report: a 91-year-old given low-dose hydromorphone for a hip "
        "fracture became tremulous and agitated within days, worse as the dose rose.",
    ),
    Reference(
        id="garciahenares2018",
        short="Garcia-Henares 2018",
        citation="Garcia-Henares JF, Moral-Munoz JA, Salazar A, Del Pozo E. Effects "
        "of ketamine on postoperative pain after remifentanil-based anesthesia for "
        "major and minor surgery in adults: a systematic review and meta-analysis. "
        "Front Pharmacol. 2018;9:921.",
        doi="10.3389/fphar.2018.00921",
        no_id_reason="The PubMed id was seen only in a library catalogue record, so "
        "only the DOI is given.",
        note="12 randomised trials, 569 adults: ketamine with remifentanil-based "
        "anaesthesia cut morphine use over 24 hours and pain in the first 2 hours.",
    ),
    Reference(
        id="greene2015",
        short="Greene & Chambers 2015",
        citation="Greene MS, Chambers RA. Pseudoaddiction: fact or fiction? An "
        "investigation of the medical literature. Curr Addict Rep. "
        "2015;2(4):310-317.",
        doi="10.1007/s40429-015-0074-7",
        no_id_reason="PubMed id not yet confirmed in PubMed, so only the DOI (seen "
        "on the publisher's page) is given.",
        note="Of 224 articles naming pseudoaddiction by 2014, none tested it; its "
        "proponents (including every pharma-funded paper) used it to justify more "
        "opioid, and no evidence supports it as separate from addiction.",
    ),
    Reference(
        id="guignard2000",
        short="Guignard 2000",
        citation="Guignard B, Bossard AE, Coste C, Sessler DI, Lebrault C, Alfonsi P, "
        "Fletcher D, Chauvin M. Acute opioid tolerance: intraoperative remifentanil "
        "increases postoperative pain and morphine requirement. Anesthesiology. "
        "2000;93(2):409-417.",
        doi="10.1097/00000542-200008000-00019",
        no_id_reason="The DOI was seen in Crossref reference data; the PubMed id was "
        "not seen beside the title, so only the DOI is given.",
        note="50 adults having major abdominal surgery: large-dose remifentanil was "
        "followed by more pain and earlier, greater morphine use than a "
        "desflurane-based regimen.",
    ),
    Reference(
        id="hardy2012",
        short="Hardy 2012",
        citation="Hardy J, Quinn S, Fazekas B, Plummer J, Eckermann S, Agar M, Spruyt O, "
        "Rowett D, Currow DC. Randomized, double-blind, placebo-controlled study to "
        "assess the efficacy and toxicity of subcutaneous ketamine in the management of "
        "cancer pain. J Clin Oncol. 2012;30(29):3611-3617.",
        doi="10.1200/JCO.2012.42.1081",
        pmid="22965960",
        note="185 patients with uncontrolled cancer pain: ketamine added to opioids gave "
        "no net benefit over placebo and about twice as many adverse events.",
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
        "and cold, not to electrical stimuli, and no evidence of it in pain "
        "detection thresholds; clearer in opioid use disorder than in pain, and in "
        "groups treated with NMDA antagonists (mostly methadone maintenance). The "
        "authors ask for both threshold and tolerance to be measured.",
    ),
    Reference(
        id="hofmann2006",
        short="Hofmann 2006",
        citation="Hofmann A, Tangri N, Lafontaine A-L, Postuma RB. Myoclonus as an "
        "acute complication of low-dose hydromorphone in multiple system atrophy. "
        "J Neurol Neurosurg Psychiatry. 2006;77(8):994.",
        no_id_reason="Read on the journal's page (volume 77, issue 8, page 994); its "
        "DOI and PubMed id were not shown there, so neither is given.",
        note="Case report: severe generalised myoclonus after a single 1 mg dose of "
        "intravenous hydromorphone, reversed by naloxone.",
    ),
    Reference(
        id="hooten2010",
        short="Hooten 2010",
        citation="Hooten WM, Mantilla CB, Sandroni P, Townsend CO. Associations "
        "between heat pain perception and opioid dose among patients with chronic "
        "pain undergoing opioid tapering. Pain Med. 2010;11:1587.",
        doi="10.1111/j.1526-4637.2010.00962.x",
        no_id_reason="The DOI was seen on a citation-index record; the PubMed id and "
        "last page were not seen, so only the DOI is given.",
        note="109 patients on opioids (mean 192 mg morphine equivalents a day) in a "
        "3-week rehabilitation programme with a taper: a higher starting dose went "
        "with more hyperalgesic heat-pain values.",
    ),
    Reference(
        id="hooten2015",
        short="Hooten 2015",
        citation="Hooten WM, Lamer TJ, Twyner C. Opioid-induced hyperalgesia in "
        "community-dwelling adults with chronic pain. Pain. 2015;156(6):1145-1152.",
        doi="10.1097/j.pain.0000000000000170",
        pmid="25815431",
        note="187 adults with chronic pain (85 on opioids): opioid use went with "
        "more hyperalgesic heat-pain values after adjustment for age, sex, pain, "
        "depression and catastrophising. Cross-sectional.",
    ),
    Reference(
        id="hutchinson2011",
        short="Hutchinson 2011",
        citation="Hutchinson MR, Shavit Y, Grace PM, Rice KC, Maier SF, Watkins LR. "
        "Exploring the neuroimmunopharmacology of opioids: an integrative review "
        "of mechanisms of central immune signaling and their implications for "
        "opioid analgesia. Pharmacol Rev. 2011;63(3):772-810.",
        doi="10.1124/pr.110.004135",
        no_id_reason="PubMed id not yet seen beside the title (the free full text is "
        "PMC3141878, whose abstract matches), so only the DOI is given.",
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
        id="jage2005",
        short="Jage 2005",
        citation="Jage J. Opioid tolerance and dependence - do they matter? Eur J "
        "Pain. 2005;9(2):157-162.",
        doi="10.1016/j.ejpain.2004.11.009",
        no_id_reason="PubMed id seen only in a third-party copy of the record, so "
        "only the DOI (seen on the publisher's page) is given.",
        note="Tolerance and physical dependence are known effects of opioids and do "
        "not make a patient addicted; failed opioid therapy can be complicated by "
        "non-adherence, hidden use of other substances and diversion.",
    ),
    Reference(
        id="jensen2009",
        short="Jensen 2009",
        citation="Jensen KB, Lonsdorf TB, Schalling M, Kosek E, Ingvar M. Increased "
        "sensitivity to thermal pain following a single opiate dose is influenced "
        "by the COMT val158met polymorphism. PLoS One. 2009:e6016.",
        doi="10.1371/journal.pone.0006016",
        no_id_reason=_NO_PMID,
        note="43 healthy volunteers: met/met carriers rated repeated heat pain "
        "higher than val/val carriers; the opioid relieved pain equally in all "
        "genotypes.",
    ),
    Reference(
        id="jensen2014",
        short="Jensen & Finnerup 2014",
        citation="Jensen TS, Finnerup NB. Allodynia and hyperalgesia in neuropathic "
        "pain: clinical manifestations and mechanisms. Lancet Neurol. "
        "2014;13(9):924-935.",
        doi="10.1016/S1474-4422(14)70102-4",
        pmid="25142459",
        note="Defines allodynia (pain from a stimulus that does not usually hurt) and "
        "hyperalgesia, classified by the stimulus that provokes them: touch, pressure, "
        "pinprick, cold and heat.",
    ),
    Reference(
        id="kaneria2014",
        short="Kaneria 2014",
        citation="Kaneria A. Opioid-induced hyperalgesia: when pain killers make pain "
        "worse. BMJ Case Rep. 2014.",
        doi="10.1136/bcr-2014-204551",
        no_id_reason="PubMed id not yet confirmed, so only the DOI (from the "
        "publisher's page and the article's own citation line) is given.",
        note="Case report: in a hospice patient with a glioma, pain rose after every "
        "opioid increase, with allodynia; cutting the dose eased the pain at once.",
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
        id="koppert2003",
        short="Koppert 2003",
        citation="Koppert W, Sittl R, Scheuber K, Alsheimer M, Schmelz M, Schuttler "
        "J. Differential modulation of remifentanil-induced "
        "analgesia and postinfusion hyperalgesia by S-ketamine and clonidine in "
        "humans. Anesthesiology. 2003;99(1):152.",
        doi="10.1097/00000542-200307000-00025",
        no_id_reason="The DOI was seen in Crossref reference data and beside the "
        "title in a citation-index record that also lists the authors; the PubMed "
        "id and last page were not seen, so only the DOI is given.",
        note="13 volunteers, electrical pain model: pain and hyperalgesia rose above "
        "control after remifentanil stopped; S-ketamine abolished the rise in "
        "hyperalgesia area, clonidine eased the rise in pain ratings.",
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
        id="lee2013",
        short="Lee 2013",
        citation="Lee, Kim, Kim. Antihyperalgesic effects of dexmedetomidine on "
        "high-dose remifentanil-induced hyperalgesia. Korean J Anesthesiol. "
        "2013;64(4):301-307.",
        doi="10.4097/kjae.2013.64.4.301",
        no_id_reason="PubMed id not yet confirmed, so only the DOI is given. The "
        "KoreaMed record (Wonkwang University; pages 301-307) and the journal's "
        "page show the authors only as Lee, Kim and Kim.",
        note="90 women having laparoscopic hysterectomy: dexmedetomidine reduced "
        "the hyperalgesia, pain and morphine use seen after high-dose remifentanil, "
        "with more hypotension and bradycardia.",
    ),
    Reference(
        id="lenz2011",
        short="Lenz 2011",
        citation="Lenz H, Raeder J, Draegni T, Heyerdahl F, Schmelz M, Stubhaug A. "
        "Effects of COX inhibition on experimental pain and hyperalgesia during "
        "and after remifentanil infusion in humans. Pain. 2011;152(6):1289-1297.",
        no_id_reason="Read as an abstract on two bibliographic sites (one copying "
        "PubMed, which gives Pain. 2011 Jun 1;152(6):1289-1297); its DOI and PubMed "
        "id were not seen on a primary record.",
        note="16 healthy men, crossover: after a 30-minute remifentanil infusion "
        "the area of pinprick hyperalgesia and cold-pressor pain rose above "
        "control; parecoxib (COX-2) or ketorolac (COX-1) given before it reduced "
        "the area of hyperalgesia after the infusion stopped.",
    ),
    Reference(
        id="liang2006",
        short="Liang 2006",
        citation="Liang DY, et al. A genetic analysis of opioid-induced "
        "hyperalgesia in mice. Anesthesiology. 2006;104(5):1054-1062.",
        no_id_reason="Read as an abstract on two bibliographic sites that showed no "
        "authors; a citation index gives the volume, pages and a DOI, but the DOI "
        "and PubMed id were not seen on a primary record, so neither is given. The "
        "first author is given as the work is usually cited.",
        note="15 inbred mouse strains differed in OIH after 4 days of morphine; the "
        "strongest genetic link was the beta-2 adrenergic receptor gene, and "
        "blocking or deleting that receptor reduced OIH.",
    ),
    Reference(
        id="mao2002",
        short="Mao 2002",
        citation="Mao J, Sung B, Ji RR, Lim G. Chronic morphine induces "
        "downregulation of spinal glutamate transporters: implications in morphine "
        "tolerance and abnormal pain sensitivity. J Neurosci. 2002;22(18):8312.",
        doi="10.1523/JNEUROSCI.22-18-08312.2002",
        no_id_reason="The DOI was seen in Crossref reference data and the abstract "
        "in a Medline reprint; the PubMed id was not seen, so only the DOI is given.",
        note="In rats, chronic morphine reduced spinal glutamate transporters in "
        "step with tolerance and heat hyperalgesia; the NMDA antagonist MK-801 "
        "blocked both.",
    ),
    Reference(
        id="mattioli2014",
        short="Mattioli 2014",
        citation="Mattioli TA, Leduc-Pessah H, Skelhorne-Gross G, Nicol CJB, Milne "
        "B, Trang T, Cahill CM. Toll-like receptor 4 mutant and null mice retain "
        "morphine-induced tolerance, hyperalgesia, and physical dependence. PLoS "
        "One. 2014.",
        no_id_reason="Read as an abstract on a bibliographic index (RePEc), which "
        "lists the authors; its DOI and PubMed id were not seen beside the title on "
        "a primary record.",
        note="Mice without working TLR4 still developed morphine tolerance, OIH and "
        "dependence: TLR4 was not required. Evidence against a TLR4-only account.",
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
        id="meeus2012",
        short="Meeus 2012",
        citation="Meeus M, Vervisch S, De Clerck LS, Moorkens G, Hans G, Nijs J. "
        "Central sensitization in patients with rheumatoid arthritis: a systematic "
        "literature review. Semin Arthritis Rheum. 2012;41(4):556-567.",
        doi="10.1016/j.semarthrit.2011.08.001",
        no_id_reason="PubMed id seen only on a third-party site, so only the DOI "
        "(seen on the publisher's page) is given.",
        note="24 studies of mixed quality: preliminary evidence of widespread "
        "hyperalgesia in rheumatoid arthritis, suggesting central sensitisation.",
    ),
    Reference(
        id="mercadante2003",
        short="Mercadante 2003",
        citation="Mercadante S, et al. Hyperalgesia: an emerging iatrogenic syndrome. "
        "J Pain Symptom Manage. 2003;26(2):769-775.",
        no_id_reason="The abstract and DOI were seen only on a ResearchGate copy of the "
        "PubMed record, not on PubMed, the publisher or Crossref, so no identifier "
        "is given yet.",
        note="Two case reports: increasing pain met with escalating opioid doses, "
        "and the clinical picture worsened.",
    ),
    Reference(
        id="mhra2018",
        short="MHRA 2018",
        citation="Medicines and Healthcare products Regulatory Agency. Transdermal "
        "fentanyl patches: life-threatening and fatal opioid toxicity from "
        "accidental exposure, particularly in children. Drug Safety Update, 2018.",
        kind=Kind.WEB,
        url="https://www.gov.uk/drug-safety-update/transdermal-fentanyl-patches-"
        "life-threatening-and-fatal-opioid-toxicity-from-accidental-exposure-"
        "particularly-in-children",
        accessed=_SEEN,
        note="UK regulator: if a fentanyl overdose is suspected, call 999 for an "
        "ambulance; in serious reactions, remove the patches at once and monitor "
        "for up to 24 hours after removal. The year comes from a Hong Kong Drug "
        "Office notice of 12 October 2018 that reports this update.",
    ),
    Reference(
        id="mittal2019",
        short="Mittal 2019",
        citation="Mittal GK, Mathew JJ, Sekhar S, Kaur H. Tramadol-induced seizure: a "
        "unique entity. Indian J Med Spec. 2019;10:233-234.",
        doi="10.4103/INJMS.INJMS_131_19",
        no_id_reason="No PubMed record was found, so only the DOI (from the "
        "publisher's page) is given.",
        note="Letter: a first generalised seizure after intravenous tramadol, used "
        "for migraine for 8 months at rising frequency.",
    ),
    Reference(
        id="mulla2023",
        short="Mulla 2023",
        citation="Mulla N. Case of the Month #28: Opioid-induced hyperalgesia. Faculty "
        "of Pain Medicine (fpm.ac.uk), published 30 May 2023. Web page.",
        kind=Kind.WEB,
        url="https://beta.fpm.ac.uk/documents/case-month-28-opioid-induced-hyperalgesia-dr-nofil-mulla",
        accessed=dt.date(2026, 12, 6),
        note="A clinician's teaching case, not peer reviewed: morphine escalation "
        "made the pain worse and spread it; presumptive OIH, treated by reducing the "
        "dose.",
    ),
    Reference(
        id="narcan-label",
        short="NARCAN label",
        citation="Emergent Devices Inc. NARCAN (naloxone HCl) nasal spray 4 mg: Drug "
        "Facts (FDA-approved over-the-counter label). DailyMed, US National Library "
        "of Medicine.",
        kind=Kind.WEB,
        url="https://www.dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?"
        "setid=a0ebc83d-2892-40de-bc0a-775ce90b30db",
        accessed=_SEEN,
        note="Directions: give a dose in the nose, call 911, wait 2-3 minutes; if "
        "the person does not wake up, keep giving doses every 2-3 minutes; stay "
        "until the ambulance arrives even if they wake up, and give another dose "
        "if they become very sleepy again.",
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
        id="okon2008",
        short="Okon 2008",
        citation="Okon TR, George ML. Fentanyl-induced neurotoxicity and paradoxic "
        "pain. J Pain Symptom Manage. 2008;35(3):327-333.",
        doi="10.1016/j.jpainsymman.2007.04.023",
        pmid="18222628",
        note="Case report: on escalating fentanyl, somnolence, then severe allodynia, "
        "myoclonus and delirium, all resolving when fentanyl stopped. The author "
        "names were not visible on the PubMed record read and are as usually cited.",
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
        id="powell2021",
        short="Powell 2021",
        citation="Powell VD, Rosenberg JM, Yaganti A, Garpestad C, Lagisetty P, Shannon "
        "C, Silveira MJ. Evaluation of buprenorphine rotation in patients receiving "
        "long-term opioids for chronic pain: a systematic review. JAMA Netw Open. "
        "2021;4(9):e2124152.",
        doi="10.1001/jamanetworkopen.2021.24152",
        no_id_reason="PubMed id not yet confirmed in PubMed, so only the DOI (seen on a "
        "Crossref record) is given.",
        note="22 studies, 1,616 people on long-term opioids: low-quality evidence that "
        "rotating to buprenorphine reduced pain without precipitating withdrawal or "
        "serious adverse effects.",
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
        note="A recalled, self-selected case series of 34 people: pain flaring at "
        "old, healed injury sites when opioids were stopped, median 8/10, lasting "
        "a median of 14 days with a wide spread (IQR 24 days); 44% had gone back "
        "to opioids because of this pain.",
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
        note="Review of preclinical studies: OIH depends on genetic background, sex "
        "and the opioid regimen; neuronal processes (activation of neuroexcitatory "
        "mechanisms, long-term potentiation, descending facilitation) and "
        "neuroinflammation from microglia and astrocytes contribute; molecular "
        "actors include TLR4 and anti-opioid systems. The abstract does not name "
        "NMDA receptors.",
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
        id="samhsa2016",
        short="SAMHSA 2016",
        citation="Substance Abuse and Mental Health Services Administration. SAMHSA "
        "Opioid Overdose Prevention Toolkit. HHS Publication No. (SMA) 16-4742. "
        "Rockville, MD: SAMHSA; 2016.",
        kind=Kind.GUIDELINE,
        no_id_reason="Read in full from a public-domain reproduction of the 2016 "
        "edition; SAMHSA's own address for this edition was not confirmed, and "
        "SAMHSA has since replaced it with its Overdose Prevention and Response "
        "Toolkit (2023).",
        note="Call 911; give rescue breaths (2 slow breaths, then 1 every 5 "
        "seconds) if the person is not breathing; give naloxone, and more than one "
        "dose may be needed; naloxone works for 30 to 90 minutes, after which "
        "overdose symptoms may return, so get the person to emergency care even if "
        "they wake up; stay with them.",
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
        "information. Patient Educ Couns. 2014;96(3):395-403.",
        doi="10.1016/j.pec.2014.05.027",
        pmid="24973195",
        note="The validation study of PEMAT: moderate agreement between raters "
        "(average kappa 0.57; Gwet's AC1 0.74), strong internal consistency (alpha "
        "0.71), and evidence of construct validity with 47 consumers.",
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
        id="sjogren1993",
        short="Sjøgren 1993",
        citation="Sjøgren P, Jonsson T, Jensen NH, Drenck NE, Jensen TS. Hyperalgesia "
        "and myoclonus in terminal cancer patients treated with continuous "
        "intravenous morphine. Pain. 1993;55(1):93-97.",
        doi="10.1016/0304-3959(93)90188-U",
        pmid="8278214",
        note="Eight terminally ill cancer patients on high-dose intravenous morphine: "
        "universal hyperalgesia, or an old neuralgia made excruciating, with "
        "myoclonus in four.",
    ),
    Reference(
        id="sjogren1998",
        short="Sjøgren 1998",
        citation="Sjøgren P, Thunedborg LP, Christrup L, Hansen SH, Franks J. Is "
        "development of hyperalgesia, allodynia and myoclonus related to morphine "
        "metabolism during long-term administration? Six case histories. Acta "
        "Anaesthesiol Scand. 1998;42(9):1070-1075.",
        doi="10.1111/j.1399-6576.1998.tb05378.x",
        pmid="9809090",
        note="Six patients (four with cancer) on morphine: hyperalgesia, allodynia or "
        "myoclonus disappeared in all after morphine was replaced by another opioid or "
        "its dose lowered; metabolite levels deviated from published values in five.",
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
        id="song2011",
        short="Song 2011",
        citation="Song JW, Lee YW, Yoon KB, Park SJ, Shim YH. Magnesium sulfate "
        "prevents remifentanil-induced postoperative hyperalgesia in patients "
        "undergoing thyroidectomy. Anesth Analg. 2011;113(2):390-397.",
        doi="10.1213/ane.0b013e31821d72bc",
        no_id_reason=_NO_PMID,
        note="90 patients: higher-dose remifentanil lowered pain thresholds around "
        "the wound and raised pain at 48 hours; magnesium given with it prevented "
        "both.",
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
        id="staud2009",
        short="Staud 2009",
        citation="Staud R. Abnormal pain modulation in patients with spatially "
        "distributed chronic pain: fibromyalgia. Rheum Dis Clin North Am. "
        "2009;35(2):263-274.",
        doi="10.1016/j.rdc.2009.05.006",
        pmid="19647141",
        note="Fibromyalgia, irritable bowel syndrome, chronic fatigue syndrome, "
        "migraine and other chronic pain syndromes come with heightened pain "
        "sensitivity and weaker pain inhibition.",
    ),
    Reference(
        id="steynor2015",
        short="Steynor & MacDuff 2015",
        citation="Steynor M, MacDuff A. Always consider the possibility of opioid "
        "induced respiratory depression in patients presenting with hypercapnic "
        "respiratory failure who fail to improve as expected with appropriate "
        "therapy. Case Rep Crit Care. 2015;2015:562319.",
        no_id_reason="Read on the publisher's page and a copy of the article; its DOI "
        "and PubMed id were not shown there, so neither is given.",
        note="Case report: breathing failure taken for COPD in a woman on regular "
        "dihydrocodeine for back pain, reversed by naloxone.",
    ),
    Reference(
        id="sullivan2017",
        short="Sullivan 2017",
        citation="Sullivan MD, Turner JA, DiLodovico C, D'Appollonio A, Stephens K, "
        "Chan YF. Prescription opioid taper support for outpatients with chronic "
        "pain: a randomized controlled trial. J Pain. 2017;18(3):308-318.",
        doi="10.1016/j.jpain.2016.11.003",
        pmid="27908840",
        note="Pilot trial (35 patients): a supported, voluntary taper lowered the "
        "dose without raising pain severity; pain fell in both arms.",
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
        id="tesarz2020",
        short="Tesarz 2020",
        citation="Tesarz J, Baumeister D, Andersen TE, Vaegter HB. Pain perception "
        "and processing in individuals with posttraumatic stress disorder: a "
        "systematic review with meta-analysis. Pain Rep. 2020.",
        doi="10.1097/PR9.0000000000000849",
        pmid="33490843",
        note="21 studies (422 people with PTSD): no overall difference in pain "
        "threshold, tolerance or temporal summation; thresholds rose with combat "
        "trauma and fell with accident trauma.",
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
        no_id_reason="The DOI was not seen on a primary record (the PubMed-derived "
        "record read shows the PubMed id, volume 20, issue 18 and the abstract), so "
        "only the PubMed record is given.",
        note="In rats, a sustained spinal infusion of the mu agonist DAMGO caused "
        "pain from touch and heat and tolerance, with more spinal dynorphin; "
        "dynorphin antiserum blocked the pain and restored the effect of spinal "
        "morphine.",
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
        citation="Weissman DE, Haddox JD. Opioid pseudoaddiction - an iatrogenic "
        "syndrome. Pain. 1989;36(3):363-366.",
        doi="10.1016/0304-3959(89)90097-3",
        pmid="2710565",
        note="The single case (leukaemia, pneumonia, chest-wall pain, undertreated) "
        "on which the term 'pseudoaddiction' was coined; the term was never tested "
        "empirically.",
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
        id="yoon2020",
        short="Yoon 2020",
        citation="Yoon S, Choi R, Lee J, Won J, Lee B, Lee K, Kim D, Yang J. "
        "Opioid-induced hyperalgesia after implantation of intrathecal morphine "
        "pump: a case report. Med Biol Sci Eng. 2020;3(2):47-51.",
        no_id_reason="Read on the journal's page; no DOI or PubMed id was shown there, "
        "so neither is given.",
        note="Case report: pain rose on intrathecal morphine and improved after the "
        "dose was reduced and ketamine infused.",
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
    Reference(
        id="zhang2015",
        short="Zhang 2015",
        citation="Zhang Y, Ahmed S, Vo T, St Hilaire K, Houghton M, Cohen AS, Mao J, "
        "Chen L. Increased pain sensitivity in chronic pain subjects on opioid "
        "therapy: a cross-sectional study using quantitative sensory testing. Pain "
        "Med. 2015;16(5):911-922.",
        doi="10.1111/pme.12606",
        no_id_reason=_NO_PMID,
        note="172 patients on opioids, 121 with pain not on opioids, 129 healthy: "
        "those on opioids had a lower heat pain threshold, lower heat pain "
        "tolerance and more temporal summation.",
    ),
)

REFERENCES_BY_ID: Mapping[str, Reference] = {ref.id: ref for ref in REFERENCES}


def reference_number(reference_id: str) -> int:
    """The 1-based number the References page shows for ``reference_id``."""
    for number, ref in enumerate(REFERENCES, start=1):
        if ref.id == reference_id:
            return number
    raise KeyError(reference_id)
