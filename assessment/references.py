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
        citation="Angst MS, et al. Short-term infusion of the mu-opioid agonist "
        "remifentanil in humans causes hyperalgesia during withdrawal. Pain. 2003.",
        doi="10.1016/s0304-3959(03)00276-8",
        pmid="14581110",
        note="Healthy volunteers: within 30 minutes of stopping a 90-minute "
        "remifentanil infusion, a sensitised patch of skin grew larger; S-ketamine "
        "given with the infusion prevented it. Hyperalgesia on withdrawal. The authors, "
        "volume and pages were not visible on the record read; first author as "
        "usually cited.",
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
        id="greene2015",
        short="Greene & Chambers 2015",
        citation="Greene MS, Chambers RA. Pseudoaddiction: fact or fiction? An "
        "investigation of the medical literature. Curr Addict Rep. 2015;2(4):310-317.",
        doi="10.1007/s40429-015-0074-7",
        no_id_reason="PubMed id not yet confirmed, so only the DOI (from the "
        "publisher's page) is given.",
        note="By 2014 'pseudoaddiction' appeared in 224 articles; none had tested "
        "or confirmed it empirically, and the twelve promoting it included all four "
        "that acknowledged pharmaceutical funding.",
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
        citation="Younger J, Barelka P, Carroll I, Kaplan K, Chu L, Prasad R, Gaeta R, "
        "Mackey S. Reduced cold pain tolerance in chronic pain patients following "
        "opioid detoxification. Pain Med. 2008;9(8):1158-1163.",
        doi="10.1111/j.1526-4637.2008.00475.x",
        no_id_reason="PubMed id not yet confirmed, so only the DOI (from the PMC "
        "author manuscript) is given.",
        note="Twelve inpatients withdrawn from opioids: the larger the reduction, the "
        "lower their cold pain tolerance afterwards; not tied to withdrawal symptoms "
        "or to their general pain.",
    ),
)

REFERENCES_BY_ID: Mapping[str, Reference] = {ref.id: ref for ref in REFERENCES}


def reference_number(reference_id: str) -> int:
    """The 1-based number the References page shows for ``reference_id``."""
    for number, ref in enumerate(REFERENCES, start=1):
        if ref.id == reference_id:
            return number
    raise KeyError(reference_id)
