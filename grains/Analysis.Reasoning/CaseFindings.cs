namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// What a case says about every finding of the knowledge base: present, explicitly absent or not mentioned;
/// the patient's demographics; and vital-sign values that by themselves call for emergency care.
/// Present wins over absent when different inputs disagree.
/// </summary>
public sealed class CaseFindings
{
    private readonly sbyte[] states;
    private readonly List<string> emergentSigns = [];

    public CaseFindings(int findingCount, Demographics demographics)
    {
        states = new sbyte[findingCount];
        Demographics = demographics;
    }

    public Demographics Demographics { get; }

    /// <summary>Vital-sign values that mean emergency care on their own ("SpO2 86%").</summary>
    public IReadOnlyList<string> EmergentSigns => emergentSigns;

    public int Count => states.Length;

    public bool IsPresent(int finding) => states[finding] > 0;

    public bool IsAbsent(int finding) => states[finding] < 0;

    public int PresentCount
    {
        get
        {
            var n = 0;
            foreach (var s in states)
            {
                if (s > 0) n++;
            }

            return n;
        }
    }

    public void MarkPresent(int finding) => states[finding] = 1;

    public void MarkAbsent(int finding)
    {
        if (states[finding] == 0)
        {
            states[finding] = -1;
        }
    }

    public void AddEmergentSign(string sign)
    {
        if (!emergentSigns.Contains(sign))
        {
            emergentSigns.Add(sign);
        }
    }
}
