namespace Beleidsplan.Web.Uploads;

/// <summary>The stored file, or the Dutch reason it was refused (to show at the form field).</summary>
public sealed record UploadResult(StoredFile? File, string? Error)
{
    public static UploadResult Stored(StoredFile file) => new(file, null);

    public static UploadResult Refused(string error) => new(null, error);
}

/// <summary>A stored file and its content, opened for reading; the caller disposes it.</summary>
public sealed record OpenedFile(StoredFile File, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
