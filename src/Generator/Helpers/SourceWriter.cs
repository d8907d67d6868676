using System;
using System.Text;

namespace LoopGen.Generator.Helpers
{
    /// <summary>
    /// A small indented text writer. <see cref="WriteLines"/> re-indents every line of a multi-line
    /// string, which is what pasting the user's rewritten statements needs.
    /// </summary>
    internal sealed class SourceWriter
    {
        /// <summary>
        /// The escape character of <see cref="Keep"/>: followed by 'n' it stands for a line break that belongs to a
        /// token (a line of a multi-line string literal), followed by 'm' for itself. The writers split, indent and
        /// trim lines at real line breaks only, so a kept line break passes through every writer unchanged and
        /// <see cref="Restore"/> puts it back when the file is complete.
        /// </summary>
        private const char Mark = '\u0001';

        private const string IndentUnit = "    ";
        private readonly StringBuilder builder = new StringBuilder();
        private int indent;

        /// <summary>Writes one line at the current indentation (an empty line for an empty string).</summary>
        /// <param name="line">The line.</param>
        public void WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                for (int i = 0; i < this.indent; i++)
                {
                    this.builder.Append(IndentUnit);
                }

                this.builder.Append(line);
            }

            this.builder.Append('\n');
        }

        /// <summary>Writes every line of a text at the current indentation.</summary>
        /// <param name="text">The text, whose lines are already indented relative to each other.</param>
        public void WriteLines(string text)
        {
            // As WriteLine(line.TrimEnd()) for every line of the text split at "\r\n" or "\n", without a string per line.
            text = text.Replace("\r\n", "\n");
            int start = 0;
            while (true)
            {
                int newline = text.IndexOf('\n', start);
                int end = newline < 0 ? text.Length : newline;
                int trimmedEnd = end;
                while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
                {
                    trimmedEnd--;
                }

                if (trimmedEnd > start)
                {
                    for (int i = 0; i < this.indent; i++)
                    {
                        this.builder.Append(IndentUnit);
                    }

                    this.builder.Append(text, start, trimmedEnd - start);
                }

                this.builder.Append('\n');
                if (newline < 0)
                {
                    return;
                }

                start = newline + 1;
            }
        }

        /// <summary>
        /// Escapes the line breaks of a text that belong to tokens (multi-line verbatim, raw and interpolated string
        /// literals), so that no writer re-indents, trims or normalizes the lines they start: the literal keeps its
        /// value byte for byte. Every text copied from the user's code goes through here.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="keep">Whether the line break at an offset of the text belongs to a token.</param>
        /// <returns>The escaped text.</returns>
        public static string Keep(string text, Func<int, bool> keep)
        {
            System.Text.StringBuilder? builder = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == Mark || (c == '\n' && keep(i)))
                {
                    builder ??= new System.Text.StringBuilder(text.Length + 16).Append(text, 0, i);
                    builder.Append(Mark).Append(c == Mark ? 'm' : 'n');
                }
                else
                {
                    builder?.Append(c);
                }
            }

            return builder?.ToString() ?? text;
        }

        /// <summary>Undoes <see cref="Keep"/> in a complete file.</summary>
        /// <param name="text">The file's text.</param>
        /// <returns>The text with the kept line breaks back.</returns>
        public static string Restore(string text)
        {
            int first = text.IndexOf(Mark);
            if (first < 0)
            {
                return text;
            }

            var builder = new System.Text.StringBuilder(text.Length).Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                if (text[i] == Mark && i + 1 < text.Length && text[i + 1] is 'n' or 'm')
                {
                    i++;
                    builder.Append(text[i] == 'n' ? '\n' : Mark);
                }
                else
                {
                    builder.Append(text[i]);
                }
            }

            return builder.ToString();
        }

        /// <summary>Opens a brace block.</summary>
        public void Open()
        {
            this.WriteLine("{");
            this.indent++;
        }

        /// <summary>Closes a brace block.</summary>
        /// <param name="suffix">Text after the closing brace, such as <c>);</c>.</param>
        public void Close(string suffix = "")
        {
            this.indent--;
            this.WriteLine("}" + suffix);
        }

        /// <summary>Increases the indentation.</summary>
        public void Indent() => this.indent++;

        /// <summary>Decreases the indentation.</summary>
        public void Unindent() => this.indent = Math.Max(0, this.indent - 1);

        /// <inheritdoc/>
        public override string ToString() => this.builder.ToString();
    }
}
