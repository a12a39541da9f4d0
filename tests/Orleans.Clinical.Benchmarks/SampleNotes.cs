namespace Orleans.Clinical.Benchmarks;

/// <summary>Synthetic notes for the benchmarks. Every person, place and number is invented.</summary>
public static class SampleNotes
{
    /// <summary>A discharge summary of about 2 KB with PHI of most types and ordinary clinical content.</summary>
    public const string DischargeSummary2K =
        """
        DISCHARGE SUMMARY
        Patient name: Ingrid Halvorsen          MRN: 55120934
        Date of birth: February 9, 1933          Acct #: 7719340021
        Admission date: 03/02/2025          Discharge date: 03/07/2025
        Attending physician: Benedikt Varga, MD          Primary care: Marguerite Ostrowski, NP
        Insurance: Medicare MBI 1EG4-TE5-MK73

        History of present illness: 92-year-old woman with HFrEF (EF 30%), CKD stage 3a, atrial fibrillation on
        apixaban and prior CABG in 2014 who reports 4 days of worsening dyspnea on exertion, orthopnea and leg
        swelling after missing furosemide 40 mg for a week. Denies chest pain or syncope. Wells score 1.
        VS: T 36.9 C, HR 104, BP 148/86, RR 24, SpO2 91% on RA, pain 2/10. Labs: Na 134, K 4.9, Cr 1.6,
        BNP 1840, troponin 0.03, Hgb 10.9, INR 1.3.

        Hospital course: Diuresed with furosemide 40 mg IV BID, net negative 5.1 L over 4 days; Foley catheter
        placed for strict intake and output and removed on hospital day 3. Weaned to room air. Her ICD
        (serial PJN882211R) was interrogated without events. Bell palsy from 2019 unchanged.

        Discharge medications:
        - furosemide 40 mg PO BID
        - metoprolol succinate 50 mg daily
        - apixaban 2.5 mg BID
        - spironolactone 12.5 mg daily

        Follow-up:
        - Heart Failure Clinic: Dr. Varga, 1420 W Maple Grove Rd, Apt 3B, Youngstown, OH 44502; phone
          330-555-0142; appointment March 21st at 9:30 AM.
        - Records faxed to (330) 555-0187. Daughter Mette Halvorsen (cell +1 330 555 0166) will stay with her.
        Patient portal invitation sent to ingrid.halvorsen33@example.org.
        Home health: Valley Home Care nurse visit on 03/10/2025; agency fax 330.555.0190. Lives with daughter in
        Canfield; son Anders Halvorsen in Boardman is the health care proxy. Return for weight gain over 2 kg in 3 days,
        chest pain, or dyspnea at rest. Glasgow Coma Scale 15 at discharge; Apgar and Babinski not applicable.

        Electronically signed: Benedikt Varga, MD  03/07/2025 18:42
        cc: Marguerite Ostrowski
        """;
}
