using System.Text.Json.Serialization;

namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>clinical_update</c> / <c>entity_extraction</c>: coded entities with assertion status.</summary>
[GenerateSerializer, Immutable, Alias("EntitiesExtracted")]
public sealed record EntitiesExtracted : ClinicalUpdate
{
    public override string Stage => "entity_extraction";

    [Id(0)] public string Priority { get; init; } = "normal";
    [Id(1)] public double Confidence { get; init; }
    [Id(2)] public EntityGroups Entities { get; init; } = new();

    /// <summary>Concepts first seen in this input, compared with the session so far (additive field).</summary>
    [Id(3)] public IReadOnlyList<string> NewConcepts { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("EntityGroups")]
public sealed record EntityGroups
{
    [Id(0)] public IReadOnlyList<EntityMention> Symptoms { get; init; } = [];
    [Id(1)] public IReadOnlyList<EntityMention> Conditions { get; init; } = [];
    [Id(2)] public IReadOnlyList<EntityMention> Medications { get; init; } = [];
    [Id(3)] public IReadOnlyList<EntityMention> Vitals { get; init; } = [];
    [Id(4)] public IReadOnlyList<EntityMention> Allergies { get; init; } = [];
    [Id(5)] public IReadOnlyList<EntityMention> Procedures { get; init; } = [];
    [Id(6)] public IReadOnlyList<EntityMention> Labs { get; init; } = [];
}

/// <summary>One entity mention; offsets into the redacted text (or the input when it held no PHI).</summary>
[GenerateSerializer, Immutable, Alias("EntityMention")]
[JsonDerivedType(typeof(MedicationMention))]
[JsonDerivedType(typeof(VitalMention))]
public record EntityMention
{
    [Id(0)] public string Text { get; init; } = "";
    [Id(1)] public int Start { get; init; }
    [Id(2)] public int End { get; init; }
    [Id(3)] public string Concept { get; init; } = "";
    [Id(4)] public CodeRef? Code { get; init; }
    [Id(5)] public string Assertion { get; init; } = "present";
    [Id(6)] public double Confidence { get; init; }
}

[GenerateSerializer, Immutable, Alias("MedicationMention")]
public sealed record MedicationMention : EntityMention
{
    [Id(0)] public string? Dose { get; init; }
    [Id(1)] public string? Route { get; init; }
    [Id(2)] public string? Frequency { get; init; }
}

[GenerateSerializer, Immutable, Alias("VitalMention")]
public sealed record VitalMention : EntityMention
{
    [Id(0)] public string Name { get; init; } = "";
    [Id(1)] public double? Value { get; init; }
    [Id(2)] public string? Unit { get; init; }
    [Id(3)] public bool Abnormal { get; init; }
}

[GenerateSerializer, Immutable, Alias("CodeRef")]
public sealed record CodeRef([property: Id(0)] string System, [property: Id(1)] string Code);
