using System;
using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace LoopGen.Runtime.Tests.Harness
{
    /// <summary>
    /// Writes a value's whole structure as text: collection types, row counts, lengths, dimensions,
    /// element order and exact element values (doubles by their bits), so that two results compare
    /// equal exactly when they are structurally the same.
    /// </summary>
    public static class Show
    {
        public static string Value(object? value)
        {
            var sb = new StringBuilder();
            Write(sb, value);
            return sb.ToString();
        }

        private static void Write(StringBuilder sb, object? value)
        {
            switch (value)
            {
                case null:
                    sb.Append("null");
                    return;
                case string s:
                    sb.Append('"').Append(s).Append('"');
                    return;
                case double d:
                    sb.Append("d").Append(BitConverter.DoubleToInt64Bits(d).ToString("X", CultureInfo.InvariantCulture));
                    return;
                case float f:
                    sb.Append("f").Append(BitConverter.SingleToInt32Bits(f).ToString("X", CultureInfo.InvariantCulture));
                    return;
                case Array { Rank: > 1 } grid:
                    sb.Append(grid.GetType().Name).Append('<');
                    for (int d = 0; d < grid.Rank; d++)
                    {
                        sb.Append(d == 0 ? string.Empty : "x").Append(grid.GetLength(d));
                    }

                    sb.Append(">{");
                    foreach (object? item in grid)
                    {
                        Write(sb, item);
                        sb.Append(',');
                    }

                    sb.Append('}');
                    return;
                case ITuple tuple:
                    sb.Append('(');
                    for (int i = 0; i < tuple.Length; i++)
                    {
                        Write(sb, tuple[i]);
                        sb.Append(i + 1 < tuple.Length ? "," : string.Empty);
                    }

                    sb.Append(')');
                    return;
                case IList list:
                    sb.Append(list.GetType().Name).Append('#').Append(list.Count).Append('[');
                    foreach (object? item in list)
                    {
                        Write(sb, item);
                        sb.Append(',');
                    }

                    sb.Append(']');
                    return;
                case IFormattable formattable:
                    sb.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                    return;
                default:
                    sb.Append(value.ToString());
                    return;
            }
        }
    }
}
