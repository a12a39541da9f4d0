using System.Globalization;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Turns measured vital signs, labs and age into findings (age-adjusted for children), and records the values
/// that mean emergency care on their own (README triage guide values: SpO2 below 90%, systolic BP below 90,
/// RR 30 or more, HR 150 or more, GCS 12 or less, glucose below 54 mg/dL, potassium 7 or more, any fever
/// of 38.0 °C in an infant up to 28 days old).
/// </summary>
internal sealed class VitalFindings(KnowledgeBase kb)
{
    private readonly int fever = kb.FindingIndex("fever");
    private readonly int vitalFever = kb.FindingIndex("vital_fever");
    private readonly int highFever = kb.FindingIndex("high_fever");
    private readonly int tachycardia = kb.FindingIndex("vital_tachycardia");
    private readonly int bradycardia = kb.FindingIndex("vital_bradycardia");
    private readonly int hypotension = kb.FindingIndex("vital_hypotension");
    private readonly int hypoxia = kb.FindingIndex("vital_hypoxia");
    private readonly int tachypnea = kb.FindingIndex("vital_tachypnea");
    private readonly int severeHypertension = kb.FindingIndex("vital_severe_hypertension");
    private readonly int hyperglycemia = kb.FindingIndex("vital_hyperglycemia");
    private readonly int hypoglycemia = kb.FindingIndex("vital_hypoglycemia");
    private readonly int veryHighGlucose = kb.FindingIndex("very_high_glucose_dehydration");
    private readonly int vitalNormal = kb.FindingIndex("vital_normal");
    private readonly int confusion = kb.FindingIndex("confusion");
    private readonly int unresponsive = kb.FindingIndex("unresponsive");
    private readonly int potassiumHigh = kb.FindingIndex("potassium_high");
    private readonly int sodiumLow = kb.FindingIndex("sodium_low");
    private readonly int lactateHigh = kb.FindingIndex("lactate_high");
    private readonly int acidosis = kb.FindingIndex("ketones_acidosis");
    private readonly int troponinHigh = kb.FindingIndex("troponin_high");
    private readonly int anaemia = kb.FindingIndex("anaemia_symptoms");
    private readonly int neonate = kb.FindingIndex("age_neonate");
    private readonly int infant = kb.FindingIndex("age_infant");
    private readonly int child = kb.FindingIndex("age_child");
    private readonly int elderly = kb.FindingIndex("age_elderly");
    private readonly int chronic = kb.FindingIndex("chronic_course");
    private readonly int prolonged = kb.FindingIndex("prolonged_or_double_sickening");

    public void Apply(CaseFindings f, IReadOnlyList<VitalReading> readings)
    {
        var age = f.Demographics.AgeYears;
        int measured = 0, abnormal = 0;
        foreach (var r in readings)
        {
            if (r.Repeat)
            {
                continue;
            }

            var v = r.StandardValue;
            switch (r.Name)
            {
                case "temperature":
                    measured++;
                    if (v >= 38.0) { abnormal++; f.MarkPresent(vitalFever); f.MarkPresent(fever); }
                    else if (v < 37.8 && v > 34) { f.MarkAbsent(vitalFever); f.MarkAbsent(fever); }
                    if (v >= 39.5) f.MarkPresent(highFever);
                    if (v >= 38.0 && age is < 29 / 365.25) f.AddEmergentSign($"temperature {Format(v)} °C in a neonate");
                    break;
                case "heart_rate":
                    measured++;
                    if (v > TachycardiaAbove(age)) { abnormal++; f.MarkPresent(tachycardia); } else f.MarkAbsent(tachycardia);
                    if (v < BradycardiaBelow(age)) { abnormal++; f.MarkPresent(bradycardia); } else f.MarkAbsent(bradycardia);
                    if (v >= 150 && age is null or >= 12) f.AddEmergentSign($"heart rate {Format(v)}");
                    if (v <= 40 && age is null or >= 12) f.AddEmergentSign($"heart rate {Format(v)}");
                    break;
                case "systolic_bp":
                    measured++;
                    if (v < (age is < 12 ? 70 + 2 * age.Value : 90)) { abnormal++; f.MarkPresent(hypotension); f.AddEmergentSign($"systolic BP {Format(v)}"); }
                    else f.MarkAbsent(hypotension);
                    if (v >= 160) { abnormal++; f.MarkPresent(severeHypertension); }
                    break;
                case "diastolic_bp":
                    if (v >= 110) { abnormal++; f.MarkPresent(severeHypertension); }
                    break;
                case "respiratory_rate":
                    measured++;
                    if (v > TachypneaAbove(age)) { abnormal++; f.MarkPresent(tachypnea); } else f.MarkAbsent(tachypnea);
                    if (v >= 30 && age is null or >= 12) f.AddEmergentSign($"respiratory rate {Format(v)}");
                    if (v <= 8) { abnormal++; f.AddEmergentSign($"respiratory rate {Format(v)}"); }
                    break;
                case "spo2":
                    measured++;
                    if (v < 92) { abnormal++; f.MarkPresent(hypoxia); }
                    else if (v >= 95) f.MarkAbsent(hypoxia);
                    if (v < 90) f.AddEmergentSign($"SpO2 {Format(v)}%");
                    break;
                case "gcs":
                    if (v <= 8) { abnormal++; f.MarkPresent(unresponsive); f.MarkPresent(confusion); }
                    else if (v < 15) { abnormal++; f.MarkPresent(confusion); }
                    if (v <= 12) f.AddEmergentSign($"GCS {Format(v)}");
                    break;
                case "glucose":
                    if (v < 70) { abnormal++; f.MarkPresent(hypoglycemia); }
                    if (v < 54) f.AddEmergentSign($"glucose {Format(v)} mg/dL");
                    if (v >= 250) { abnormal++; f.MarkPresent(hyperglycemia); }
                    if (v >= 600) f.MarkPresent(veryHighGlucose);
                    break;
                case "potassium":
                    if (v >= 6.0) f.MarkPresent(potassiumHigh);
                    if (v >= 7.0) f.AddEmergentSign($"potassium {Format(v)}");
                    break;
                case "sodium":
                    if (v < 125) f.MarkPresent(sodiumLow);
                    break;
                case "lactate":
                    if (v >= 4) f.MarkPresent(lactateHigh);
                    break;
                case "ph":
                    if (v < 7.3) f.MarkPresent(acidosis);
                    break;
                case "bicarbonate":
                    if (v < 15) f.MarkPresent(acidosis);
                    break;
                case "beta_hydroxybutyrate":
                    if (v >= 3) f.MarkPresent(acidosis);
                    break;
                case "troponin":
                    if (r.Abnormal) f.MarkPresent(troponinHigh);
                    break;
                case "hemoglobin":
                    if (v < 10) f.MarkPresent(anaemia);
                    break;
            }

        }

        if (measured >= 3 && abnormal == 0)
        {
            f.MarkPresent(vitalNormal);
        }
    }

    /// <summary>Four weeks or more is a chronic course; ten days or more is a prolonged illness; three days or less is neither.</summary>
    public void ApplyDuration(CaseFindings f, double? days)
    {
        if (days is not { } d)
        {
            return;
        }

        if (d >= 28) f.MarkPresent(chronic);
        if (d >= 10) f.MarkPresent(prolonged);
        if (d <= 3)
        {
            f.MarkAbsent(chronic);
            f.MarkAbsent(prolonged);
        }
    }

    public void ApplyAge(CaseFindings f)
    {
        if (f.Demographics.AgeYears is not { } age)
        {
            return;
        }

        if (age < 29 / 365.25) f.MarkPresent(neonate); else f.MarkAbsent(neonate);
        if (age < 1) f.MarkPresent(infant); else f.MarkAbsent(infant);
        if (age < 12) f.MarkPresent(child); else f.MarkAbsent(child);
        if (age >= 65) f.MarkPresent(elderly); else f.MarkAbsent(elderly);
    }

    private static double TachycardiaAbove(double? age) => age switch
    {
        < 1 => 160,
        < 5 => 140,
        < 12 => 120,
        _ => 100,
    };

    private static double BradycardiaBelow(double? age) => age switch
    {
        < 1 => 100,
        < 5 => 80,
        < 12 => 60,
        _ => 50,
    };

    private static double TachypneaAbove(double? age) => age switch
    {
        < 1 => 50,
        < 5 => 40,
        < 12 => 30,
        _ => 22,
    };

    private static string Format(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
