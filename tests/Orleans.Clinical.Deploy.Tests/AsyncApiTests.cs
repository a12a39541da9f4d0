using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Deploy.Tests;

public sealed class AsyncApiTests
{
    private static readonly SchemaDocument Spec = new(RepositoryFiles.Yaml("docs/asyncapi.yaml"));

    /// <summary>Messages by frame key: the type, or "clinical_update/stage".</summary>
    private static readonly IReadOnlyDictionary<string, JsonNode> Messages = Spec.Root.Resolve("#/components/messages").Entries()
        .Select(m => m.Value!)
        .ToDictionary(FrameKey);

    public static TheoryData<string> FrameKeys() => new(ProtocolContract.FrameFields.Keys);

    [Fact]
    public void The_document_is_asyncapi_3()
    {
        Assert.Equal("3.0.0", Spec.Root["asyncapi"].Text());
        Assert.Equal("/clinical-assistance", Spec.Root["channels"]?["clinicalAssistance"]?["address"].Text());
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var references = Spec.Root.References().Distinct().ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(Spec.Root.Resolve(r) is not null, $"{r} does not resolve"));
    }

    [Fact]
    public void Every_frame_type_of_the_contract_has_a_message()
    {
        var types = Messages.Keys.Select(k => k.Split('/')[0]).ToHashSet();

        Assert.All(ProtocolContract.ClientFrameTypes.Concat(ProtocolContract.ServerFrameTypes), t => Assert.Contains(t, types));
        Assert.All(ProtocolContract.ClinicalUpdateStages, s => Assert.Contains($"clinical_update/{s}", Messages.Keys));
    }

    [Fact]
    public void Client_frames_are_received_and_server_frames_are_sent()
    {
        var byAction = Spec.Root["operations"].Entries().ToLookup(
            o => o.Value?["action"].Text(),
            o => o.Value?["messages"].Items().Select(m => FrameKey(Spec.Follow(m)!).Split('/')[0]) ?? []);

        Assert.Equal(ProtocolContract.ClientFrameTypes.Order(), byAction["receive"].SelectMany(x => x).Distinct().Order());
        Assert.Equal(ProtocolContract.ServerFrameTypes.Order(), byAction["send"].SelectMany(x => x).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(FrameKeys))]
    public void Every_frame_documents_the_fields_the_contract_names(string frame)
    {
        var properties = Spec.Properties(Messages[frame]["payload"]);
        var expected = ProtocolContract.FrameFields[frame]
            .Concat(ProtocolContract.ClientFrameTypes.Contains(frame) ? [] : ProtocolContract.EnvelopeFields);

        Assert.All(expected, field => Assert.True(properties.ContainsKey(field), $"{frame} lacks {field}"));
    }

    [Fact]
    public void Server_frames_require_the_envelope()
    {
        foreach (var (frame, message) in Messages.Where(m => !ProtocolContract.ClientFrameTypes.Contains(m.Key)))
        {
            var required = message["payload"]?["allOf"].Items().Select(Spec.Follow).SelectMany(s => s?["required"].Items() ?? []).Select(r => r.Text()).ToHashSet();
            Assert.True(required is not null && ProtocolContract.EnvelopeFields.All(required.Contains), $"{frame} does not require the envelope");
        }
    }

    [Fact]
    public void Additive_fields_are_documented_and_marked()
    {
        foreach (var (frame, fields) in ProtocolContract.AdditiveFields)
        {
            var properties = Spec.Properties(Messages[frame]["payload"]);
            Assert.All(fields, f => Assert.True(properties.TryGetValue(f, out var p) && SchemaDocument.IsAdditive(p), $"{frame}.{f}"));
        }

        var entity = Spec.Properties(Spec.Root.Resolve("#/components/schemas/Entity"));
        Assert.True(SchemaDocument.IsAdditive(entity["confidence"]));
    }

    [Fact]
    public void Error_codes_are_exactly_those_of_the_contract()
    {
        var codes = Spec.Values(Spec.Properties(Messages["error"]["payload"])["code"]);

        Assert.Equal(ProtocolContract.ErrorCodes.Order(), codes.Order());
    }

    [Fact]
    public void Close_codes_are_those_of_the_contract_plus_1013_marked_as_an_addition()
    {
        var codes = Spec.Root["channels"]?["clinicalAssistance"]?["x-close-codes"].Items().ToDictionary(c => int.Parse(c["code"].Text()!), c => c);

        Assert.NotNull(codes);
        Assert.Equal(ProtocolContract.CloseCodes.Append(1013).Order(), codes.Keys.Order());
        Assert.All(codes, c => Assert.Equal(c.Key == 1013, SchemaDocument.IsAdditive(c.Value)));
    }

    [Fact]
    public void Enumerations_match_the_contract()
    {
        Assert.Equal(ProtocolContract.ProcessingStages.Order(), Spec.Values(Spec.Properties(Messages["processing_update"]["payload"])["stage"]).Order());
        Assert.Equal(ProtocolContract.EmergencyTypes.Order(), Spec.Values(Spec.Properties(Messages["emergency_alert"]["payload"])["emergency_type"]).Order());
        Assert.Equal(ProtocolContract.Assertions.Order(), Spec.Values(Spec.Root.Resolve("#/components/schemas/Assertion")).Order());
        Assert.Equal(ProtocolContract.Triage.Order(), Spec.Values(Spec.Root.Resolve("#/components/schemas/Triage")).Order());
        Assert.Equal(ProtocolContract.PhiTypes.Order(), Spec.Values(Spec.Root.Resolve("#/components/schemas/PhiType")).Order());
        Assert.Equal(ProtocolContract.EntityGroups.Order(), Spec.Properties(Spec.Root.Resolve("#/components/schemas/EntityGroups")).Keys.Order());
    }

    [Fact]
    public void Every_field_name_is_snake_case()
    {
        var names = SchemaDocument.DeclaredPropertyNames(Spec.Root["components"]).Distinct().ToArray();

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", n));
    }

    [Fact]
    public void Every_server_frame_record_has_a_message_with_exactly_its_fields()
    {
        var frames = typeof(SessionEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SessionEvent)) && !t.IsAbstract)
            .Select(t => (SessionEvent)Activator.CreateInstance(t)!)
            .ToArray();

        Assert.Equal(13, frames.Length);
        foreach (var frame in frames)
        {
            var key = frame is ClinicalUpdate update ? $"{frame.Type}/{update.Stage}" : frame.Type;
            Assert.True(Messages.ContainsKey(key), $"no message for {frame.GetType().Name} ({key})");
            Assert.Equal(WireFields(frame.GetType()), Spec.Properties(Messages[key]["payload"]).Keys.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData(typeof(EntityMention), "Entity")]
    [InlineData(typeof(MedicationMention), "Medication")]
    [InlineData(typeof(VitalMention), "Vital")]
    [InlineData(typeof(CodeRef), "Code")]
    [InlineData(typeof(EntityGroups), "EntityGroups")]
    [InlineData(typeof(EvidenceSummary), "EvidenceFinding")]
    [InlineData(typeof(DifferentialConsideration), "DifferentialConsideration")]
    [InlineData(typeof(RedactionInfo), "Redaction")]
    [InlineData(typeof(EmergencyEvidence), "EmergencyFinding")]
    [InlineData(typeof(CarriedFinding), "CarriedFinding")]
    public void Every_nested_record_has_a_schema_with_exactly_its_fields(Type record, string schema)
    {
        Assert.Equal(WireFields(record), Spec.Properties(Spec.Root.Resolve($"#/components/schemas/{schema}")).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_synthesis_detail_has_exactly_its_fields()
    {
        var synthesis = Spec.Properties(Messages["clinical_synthesis"]["payload"])["synthesis"];

        Assert.Equal(WireFields(typeof(SynthesisDetail)), Spec.Properties(synthesis).Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The JSON names the gateway writes for a record: its public properties in snake_case.</summary>
    internal static IEnumerable<string> WireFields(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
        .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static string FrameKey(JsonNode message)
    {
        var properties = Spec.Properties(message["payload"]);
        var type = Spec.Values(properties["type"]).Single();
        return type == "clinical_update" ? $"{type}/{Spec.Values(properties["stage"]).Single()}" : type;
    }
}
