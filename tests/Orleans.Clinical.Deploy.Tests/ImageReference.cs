namespace Orleans.Clinical.Deploy.Tests;

public static class ImageReference
{
    /// <summary>"host:5000/team/app:1.2" → ("host:5000/team/app", "1.2"); a digest counts as the tag.</summary>
    public static (string Repository, string? Tag) Split(string image)
    {
        var at = image.IndexOf('@');
        if (at >= 0)
        {
            return (image[..at], image[(at + 1)..]);
        }

        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? (image[..colon], image[(colon + 1)..]) : (image, null);
    }

    /// <summary>A digest, or a tag that names a version: not empty, not "latest", with a digit.</summary>
    public static bool IsPinned(string? tag) =>
        tag is not null
        && (tag.StartsWith("sha256:", StringComparison.Ordinal)
            || (!tag.Contains("latest", StringComparison.OrdinalIgnoreCase) && tag.Any(char.IsAsciiDigit)));
}
