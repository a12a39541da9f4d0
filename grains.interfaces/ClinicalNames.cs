namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>Names shared by silos and clients: they must match on both sides.</summary>
public static class ClinicalNames
{
    /// <summary>The stream provider that carries session frames.</summary>
    public const string StreamProvider = "ClinicalStreams";

    /// <summary>Stream namespace of a session's frames; the stream key is the session id.</summary>
    public const string SessionStreamNamespace = "session";

    /// <summary>Grain storage of session state (Azure Blob Storage; Azurite locally).</summary>
    public const string SessionStorage = "ClinicalStore";

    /// <summary>Grain storage that the stream pub/sub system needs.</summary>
    public const string PubSubStorage = "PubSubStore";

    /// <summary>Orleans ServiceId of this product: stable across deployments so state survives.</summary>
    public const string ServiceId = "orleans-clinical";
}
