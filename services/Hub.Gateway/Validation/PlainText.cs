namespace Hub.Gateway.Validation;

/// <summary>
/// Free text that downstream systems can store and show: no control characters (a NUL cannot even be
/// stored in PostgreSQL, line breaks garble listings) and no broken surrogate pairs (which cannot be encoded as UTF-8).
/// </summary>
public static class PlainText
{
    public static bool IsPlain(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || (char.IsSurrogate(value[i]) && !char.IsSurrogatePair(value, i++)))
            {
                return false;
            }
        }
        return true;
    }
}
