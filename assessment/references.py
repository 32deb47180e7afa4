"""The bibliography: one list of works, cited by id from the rules and the site.

The References page is rendered from this list at build time, and every
citation on the site (``[@id]`` in Markdown) and every scoring rule's
``source`` must be an id defined here, so a citation can never dangle.
Numbers follow the order of ``REFERENCES`` (alphabetical by first author).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional


@dataclass(frozen=True)
class Reference:
    """One cited work. ``short`` is the label shown beside a reason ("Chen 2009")."""

    id: str
    short: str
    citation: str
    doi: Optional[str] = None
    pmid: Optional[str] = None
    note: str = ""

    @property
    def link(self) -> Optional[str]:
        """The canonical link for the work: its DOI, else its PubMed record."""
        if self.doi:
            return f"https://doi.org/{self.doi}"
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        return None


REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="albutt1870",
        short="Albutt 1870",
        citation="Albutt TC. On the abuse of hypodermic injections of morphia. "
        "Practitioner. 1870;5:327-331.",
        note="The first clinical description of pain made worse by morphine; "
        "historical, no electronic record.",
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
        id="cdc2022",
        short="CDC 2022",
        citation="Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical "
        "Practice Guideline for Prescribing Opioids for Pain - United States, "
        "2022. MMWR Recomm Rep. 2022;71(RR-3):1-95.",
        doi="10.15585/mmwr.rr7103a1",
        note="Source of the morphine milligram equivalent (MME) factors, the "
        "taper rates and the advice to offer naloxone at 50 MME/day or more.",
    ),
    Reference(
        id="cdc-overdose",
        short="CDC overdose signs",
        citation="US Centers for Disease Control and Prevention. Preventing opioid "
        "overdose: signs of an opioid overdose and what to do. Patient guidance.",
        note="Pinpoint pupils; falling asleep or losing consciousness; slow, "
        "shallow breathing; choking or gurgling; limp body; pale, blue or cold "
        "skin. Call emergency services, give naloxone, stay with the person.",
    ),
    Reference(
        id="chen2009",
        short="Chen 2009",
        citation="Chen L, Malarick C, Seefeld L, Wang S, Houghton M, Mao J. Altered "
        "quantitative sensory testing outcome in subjects with opioid therapy. "
        "Pain. 2009;143(1-2):65-70.",
        doi="10.1016/j.pain.2009.01.022",
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
        id="chu2008",
        short="Chu 2008",
        citation="Chu LF, Angst MS, Clark D. Opioid-induced hyperalgesia in humans: "
        "molecular mechanisms and clinical considerations. Clin J Pain. "
        "2008;24(6):479-496.",
        pmid="18574358",
        note="The rule of suspicion: falling opioid effect without disease "
        "progression, unexplained pain or allodynia, more pain with higher doses.",
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
        citation="US Food and Drug Administration. Drug Safety Communication: FDA "
        "updates prescribing information for all opioid pain medicines to provide "
        "additional guidance for safe use. 13 April 2023.",
        note="Added an opioid-induced hyperalgesia warning to all immediate-release "
        "and extended-release opioid labels, distinct from tolerance and withdrawal.",
    ),
    Reference(
        id="hhs2019",
        short="HHS 2019",
        citation="US Department of Health and Human Services. HHS Guide for "
        "Clinicians on the Appropriate Dosage Reduction or Discontinuation of "
        "Long-Term Opioid Analgesics. October 2019.",
        note="Risks of rapid tapering: withdrawal, more pain, psychological "
        "distress and thoughts of suicide.",
    ),
    Reference(
        id="higgins2019",
        short="Higgins 2019",
        citation="Higgins C, Smith BH, Matthews K. Evidence of opioid-induced "
        "hyperalgesia in clinical populations after chronic opioid exposure: a "
        "systematic review and meta-analysis. Br J Anaesth. "
        "2019;122(6):e114-e126.",
        doi="10.1016/j.bja.2018.09.019",
        note="26 studies, 2,706 participants.",
    ),
    Reference(
        id="lee2011",
        short="Lee 2011",
        citation="Lee M, Silverman SM, Hansen H, Patel VB, Manchikanti L. A "
        "comprehensive review of opioid-induced hyperalgesia. Pain Physician. "
        "2011;14(2):145-161.",
        pmid="21412369",
        note="Read as an abstract only.",
    ),
    Reference(
        id="nhs-health-literacy",
        short="NHS health literacy",
        citation="NHS England. NHS digital service manual: health literacy. "
        "Guidance on writing health content.",
        note="More than 4 in 10 adults struggle with health content, more than "
        "6 in 10 when it includes numbers.",
    ),
    Reference(
        id="nih-plain-language",
        short="NIH plain language",
        citation="US National Institutes of Health. Clear communication: plain "
        "language guidance for patient materials.",
        note="Recommends patient materials below an 8th-grade reading level.",
    ),
    Reference(
        id="pemat",
        short="AHRQ PEMAT",
        citation="Shoemaker SJ, Wolf MS, Brach C. The Patient Education Materials "
        "Assessment Tool (PEMAT) and User's Guide. Agency for Healthcare Research "
        "and Quality; 2013 (updated 2020).",
        note="Scores understandability and actionability as percentages.",
    ),
    Reference(
        id="rieb2016",
        short="Rieb 2016",
        citation="Rieb LM, et al. Withdrawal-associated "
        "injury site pain (WISP): a descriptive case series of an opioid "
        "cessation phenomenon. Pain. 2016;157(12):2865-2874.",
        doi="10.1097/j.pain.0000000000000710",
        note="Pain flaring at old injury sites during opioid withdrawal, median "
        "8/10, settling in about 14 days.",
    ),
    Reference(
        id="seed-key-signs",
        short="Key clinical signs article",
        citation="How to tell opioid hyperalgesia apart from tolerance: key "
        "clinical signs. Patient education article with an OIH-versus-tolerance "
        "checklist.",
        note="A source document of this project: clinical clues, two cases, "
        "management steps and an FAQ.",
    ),
    Reference(
        id="seed-seven-truths",
        short="Seven truths article",
        citation="7 alarming truths about opioid induced hyperalgesia. Pain "
        "clinic patient education article.",
        note="A source document of this project: tolerance, dependence and "
        "addiction; seven warning signs; tapering, rotation, interventional options.",
    ),
    Reference(
        id="seed-what-is-oih",
        short="What is OIH? page",
        citation="What is opioid-induced hyperalgesia? Patient information page.",
        note="A source document of this project: symptoms, tolerance, treatment.",
    ),
    Reference(
        id="silberg1997",
        short="Silberg 1997",
        citation="Silberg WM, Lundberg GD, Musacchio RA. Assessing, controlling, "
        "and assuring the quality of medical information on the Internet: "
        "caveant lector et viewor - let the reader and viewer beware. JAMA. "
        "1997;277(15):1244-1245.",
        doi="10.1001/jama.1997.03540390074039",
        note="The JAMA benchmarks: authorship, attribution, disclosure, currency.",
    ),
    Reference(
        id="silverman2009",
        short="Silverman 2009",
        citation="Silverman SM. Opioid induced hyperalgesia: clinical implications "
        "for the pain practitioner. Pain Physician. 2009;12(3):679-684.",
        note="A focused review: NMDA, spinal dynorphin, descending facilitation; "
        "tolerance versus OIH; methadone, buprenorphine, ketamine.",
    ),
    Reference(
        id="survey-canada2020",
        short="Canadian survey 2020",
        citation="Survey of Canadian physicians on opioid-induced hyperalgesia. "
        "J Pers Med. 2020;10(2):27.",
        doi="10.3390/jpm10020027",
    ),
    Reference(
        id="survey-us2020",
        short="US survey 2020",
        citation="Survey of US practitioners on opioid-induced hyperalgesia. "
        "Clin J Pain. 2020.",
        pmid="32028382",
        note="76% of responding practitioners had seen OIH in their patients.",
    ),
    Reference(
        id="tompkins2011",
        short="Tompkins & Campbell 2011",
        citation="Tompkins DA, Campbell CM. Opioid-induced hyperalgesia: clinically "
        "relevant or extraneous research phenomenon? Curr Pain Headache Rep. "
        "2011;15(2):129-136.",
        pmid="21225380",
        note="Table 1 (after Angst & Clark 2006): how OIH pain presents, with "
        "neurotoxicity features such as delirium, agitation, seizures and myoclonus.",
    ),
    Reference(
        id="veevaete2015",
        short="Veevaete 2015",
        citation="Veevaete L, Lavand'homme P. Review of opioid-induced "
        "hyperalgesia. Techniques in Regional Anesthesia and Pain Management. 2015.",
        doi="10.1053/j.trap.2015.10.004",
        note="Basic diagnostic criteria for OIH are still needed.",
    ),
    Reference(
        id="verywell-allodynia",
        short="Verywell Health",
        citation="An overview of opioid-induced hyperalgesia and allodynia. "
        "Verywell Health.",
        note="A source document of this project: types of allodynia, mechanisms, "
        "risk factors, diagnosis of exclusion, treatment, prevention.",
    ),
)

REFERENCES_BY_ID: Mapping[str, Reference] = {ref.id: ref for ref in REFERENCES}


def reference_number(reference_id: str) -> int:
    """The 1-based number the References page shows for ``reference_id``."""
    for number, ref in enumerate(REFERENCES, start=1):
        if ref.id == reference_id:
            return number
    raise KeyError(reference_id)
