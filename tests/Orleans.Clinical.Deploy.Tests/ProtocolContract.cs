namespace Orleans.Clinical.Deploy.Tests;

/// <summary>
/// Lists copied from the wire contract (PROTOCOL.md, v1). The machine-readable documents must name each of
/// them; when the contract changes, change these lists with it.
/// </summary>
public static class ProtocolContract
{
    public static readonly string[] ClientFrameTypes = ["clinical_input", "end_session", "ping"];

    public static readonly string[] ServerFrameTypes =
    [
        "session_initialized", "phi_warning", "emergency_alert", "processing_update", "clinical_update",
        "clinical_synthesis", "pipeline_error", "pong", "session_ended", "error", "safety_error",
    ];

    public static readonly string[] ClinicalUpdateStages = ["entity_extraction", "literature_search", "clinical_reasoning"];

    public static readonly string[] ProcessingStages = ["entity_extraction_started", "literature_search_started", "clinical_reasoning_started"];

    public static readonly string[] EnvelopeFields = ["type", "session_id", "seq", "in_reply_to", "timestamp"];

    public static readonly string[] ErrorCodes = ["invalid_message", "unsupported_type", "rate_limited", "text_too_long"];

    public static readonly int[] CloseCodes = [1000, 1003, 1007, 1008, 1009, 1011];

    public static readonly string[] EmergencyTypes =
        ["cardiac", "respiratory", "neurological", "trauma", "allergic", "toxicological", "sepsis", "obstetric", "psychiatric", "metabolic"];

    public static readonly string[] Assertions = ["present", "negated", "historical", "family", "hypothetical", "possible"];

    public static readonly string[] EntityGroups = ["symptoms", "conditions", "medications", "vitals", "allergies", "procedures", "labs"];

    public static readonly string[] Triage = ["emergent", "non_emergent", "self_care"];

    public static readonly string[] PhiTypes =
    [
        "NAME", "ADDRESS", "DATE", "AGE_OVER_89", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT",
        "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "OTHER_ID",
    ];

    /// <summary>Fields named for each frame (and stage) by the contract, beside the envelope.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FrameFields = new Dictionary<string, string[]>
    {
        ["clinical_input"] = ["type", "id", "text"],
        ["end_session"] = ["type"],
        ["ping"] = ["type"],
        ["session_initialized"] = ["message", "medical_disclaimer", "compliance_level", "resumed", "encounter_id", "carried_context"],
        ["phi_warning"] = ["phi_types", "redacted_text", "redactions", "compliance_status", "message"],
        ["emergency_alert"] = ["priority", "emergency_type", "findings", "content", "action_required", "clinical_urgency", "medical_disclaimer"],
        ["processing_update"] = ["stage", "content"],
        ["clinical_update/entity_extraction"] = ["stage", "priority", "content", "confidence", "entities", "medical_disclaimer"],
        ["clinical_update/literature_search"] = ["stage", "findings_count", "evidence_quality", "top_findings", "medical_disclaimer"],
        ["clinical_update/clinical_reasoning"] =
            ["stage", "reasoning_steps", "differential_considerations", "uncertainty_level", "triage", "medical_disclaimer"],
        ["clinical_synthesis"] = ["content", "synthesis", "medical_disclaimer", "evidence_disclaimer"],
        ["pipeline_error"] = ["stage", "content", "medical_disclaimer"],
        ["pong"] = [],
        ["session_ended"] = [],
        ["error"] = ["code", "message"],
        ["safety_error"] = ["message", "safety_concerns", "medical_disclaimer"],
    };

    /// <summary>Additions of this implementation beyond v1: they must be documented and marked x-additive.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AdditiveFields = new Dictionary<string, string[]>
    {
        ["clinical_update/entity_extraction"] = ["new_concepts"],
        ["clinical_update/clinical_reasoning"] = ["other_probability", "changes"],
    };

    /// <summary>The HTTP table: method and path.</summary>
    public static readonly (string Method, string Path)[] HttpEndpoints =
    [
        ("post", "/api/deidentify"),
        ("post", "/api/analyze"),
        ("get", "/api/sessions/{id}"),
        ("get", "/api/sessions/{id}/audit"),
        ("get", "/api/sessions/{id}/fhir"),
        ("post", "/api/encounters/{id}/members"),
        ("get", "/api/encounters/{id}"),
        ("get", "/cds-services"),
        ("post", "/cds-services/{id}"),
        ("get", "/dashboard"),
        ("get", "/dashboard/stream"),
        ("get", "/healthz"),
        ("get", "/ready"),
        ("get", "/metrics"),
        ("post", "/auth/token"),
        ("get", "/clinical-assistance"),
    ];

    /// <summary>Endpoints anyone may call without a token.</summary>
    public static readonly string[] AnonymousPaths = ["/healthz", "/ready", "/cds-services"];
}
