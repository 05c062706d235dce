namespace Hub.Gateway.Tests.BadInputs;

/// <summary>Turns a generated request into an HttpRequestMessage, headers unvalidated so that malformed ones get through.</summary>
internal static class MalformedRequestMessage
{
    public static HttpRequestMessage From(MalformedRequest bad)
    {
        var message = new HttpRequestMessage(bad.Method, bad.Path);
        message.Headers.Add("X-Api-Key", bad.ApiKey);
        if (bad.Body is not null)
        {
            message.Content = bad.WithoutContentLength ? new StreamContent(new UnknownLengthStream(bad.Body)) : new ByteArrayContent(bad.Body);
            if (bad.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", bad.ContentType);
            }
        }
        if (bad.IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", bad.IdempotencyKey);
        }
        if (bad.Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", bad.Accept);
        }
        return message;
    }

    /// <summary>A body whose length the client cannot tell, so it is sent without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] body) : MemoryStream(body, writable: false)
    {
        public override bool CanSeek => false;
    }
}
