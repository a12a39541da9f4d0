namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Facts that come from numbers rather than phrases: vital-sign and lab thresholds, age bands, pregnancy
/// gestation, and the qSOFA and shock-index combinations. Their names are used in Data/emergency-rules.json.
/// </summary>
internal static class EmergencyFacts
{
    public static readonly string[] Names =
    [
        "hypotension", "sbp_le_100", "severe_hypotension", "tachycardia", "tachycardia_120", "tachycardia_130", "tachycardia_150",
        "bradycardia_40", "bradycardia_50", "hypoxia", "hypoxia_92", "tachypnea_22", "tachypnea_30", "bradypnea", "fever_vital",
        "fever_39", "hyperthermia", "hypothermia_vital", "gcs_le_8", "gcs_le_13", "gcs_lt_15", "glucose_lt_54", "glucose_lt_70",
        "glucose_ge_250", "glucose_ge_600", "potassium_ge_7", "potassium_ge_6_5", "potassium_ge_6", "potassium_le_2_5", "sodium_lt_120",
        "sodium_lt_125", "lactate_ge_4", "bp_severe", "bp_severe_pregnancy", "shock_index", "hemoglobin_lt_7", "ph_lt_7_25",
        "bicarbonate_lt_15", "neonate", "infant", "child", "older_adult", "elderly", "altered", "qsofa2",
    ];

    /// <summary>The facts a reading supports (by name), given its value in the standard unit.</summary>
    public static IEnumerable<string> Of(VitalReading r)
    {
        var v = r.StandardValue;
        switch (r.Name)
        {
            case "systolic_bp":
                if (v < 90) yield return "hypotension";
                if (v <= 100) yield return "sbp_le_100";
                if (v < 80) yield return "severe_hypotension";
                if (v >= 180) yield return "bp_severe";
                if (v >= 160) yield return "bp_severe_pregnancy";
                break;
            case "diastolic_bp":
                if (v >= 120) yield return "bp_severe";
                if (v >= 110) yield return "bp_severe_pregnancy";
                break;
            case "heart_rate":
                if (v >= 100) yield return "tachycardia";
                if (v >= 120) yield return "tachycardia_120";
                if (v >= 130) yield return "tachycardia_130";
                if (v >= 150) yield return "tachycardia_150";
                if (v <= 40) yield return "bradycardia_40";
                if (v < 50) yield return "bradycardia_50";
                break;
            case "spo2":
                if (v < 90) yield return "hypoxia";
                if (v < 92) yield return "hypoxia_92";
                break;
            case "respiratory_rate":
                if (v >= 22) yield return "tachypnea_22";
                if (v >= 30) yield return "tachypnea_30";
                if (v <= 8) yield return "bradypnea";
                break;
            case "temperature":
                if (v >= 38.0) yield return "fever_vital";
                if (v >= 39.0) yield return "fever_39";
                if (v >= 40.0) yield return "hyperthermia";
                if (v < 36.0) yield return "hypothermia_vital";
                break;
            case "gcs":
                if (v <= 8) yield return "gcs_le_8";
                if (v <= 13) yield return "gcs_le_13";
                if (v < 15) yield return "gcs_lt_15";
                break;
            case "glucose":
                if (v < 54) yield return "glucose_lt_54";
                if (v < 70) yield return "glucose_lt_70";
                if (v >= 250) yield return "glucose_ge_250";
                if (v >= 600) yield return "glucose_ge_600";
                break;
            case "potassium":
                if (v >= 7.0) yield return "potassium_ge_7";
                if (v >= 6.5) yield return "potassium_ge_6_5";
                if (v >= 6.0) yield return "potassium_ge_6";
                if (v <= 2.5) yield return "potassium_le_2_5";
                break;
            case "sodium":
                if (v < 120) yield return "sodium_lt_120";
                if (v < 125) yield return "sodium_lt_125";
                break;
            case "lactate":
                if (v >= 4) yield return "lactate_ge_4";
                break;
            case "hemoglobin":
                if (v < 7) yield return "hemoglobin_lt_7";
                break;
            case "ph":
                if (v < 7.25) yield return "ph_lt_7_25";
                break;
            case "bicarbonate":
                if (v < 15) yield return "bicarbonate_lt_15";
                break;
        }
    }

    public static IEnumerable<string> OfAge(double days)
    {
        if (days <= 28) yield return "neonate";
        if (days < 365) yield return "infant";
        if (days < 18 * 365.25) yield return "child";
        if (days >= 50 * 365.25) yield return "older_adult";
        if (days >= 65 * 365.25) yield return "elderly";
    }
}
