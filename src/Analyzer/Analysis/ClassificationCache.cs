using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Analysis
{
    /// <summary>
    /// Keeps what was computed from a <c>[Parallelize]</c> method (the generator's model, the analyzer's
    /// findings) across compilations, so that a keystroke elsewhere in the IDE, or a rebuild in the
    /// compiler server after an edit in another file, does not classify every marked method again.
    /// <para>
    /// Everything is compared by content, never by object: a new build parses every file again and loads
    /// its references again, so the same method comes back as new objects. A value is reused only when
    /// nothing it was computed from can have changed:
    /// <list type="bullet">
    /// <item>the method's file has the same path, text (a SHA-256 of its characters) and parse options, and the method starts
    /// at the same position;</item>
    /// <item>every file the classification read (callee bodies, other declarations; recorded by
    /// <see cref="SyntaxReads"/>) is in the compilation with the same path, text and parse options;</item>
    /// <item>the digest of every declaration of the compilation (all tokens outside method, constructor and
    /// operator bodies, in every file, with the file paths and parse options, and whether each file counts as
    /// generated) is the same: it catches what binding depends on beyond bodies, such as a new overload, a
    /// changed field type, <c>[Pure]</c> added to a callee, a constant's value, a global using, or an
    /// auto-property's backing field;</item>
    /// <item>the references are the same files with the same contents (their module version IDs, aliases and
    /// interop embedding; a reference that is not a file, such as another project in the IDE, must be the same
    /// object), and the compilation's options and assembly name are equal.</item>
    /// </list>
    /// </para>
    /// <para>
    /// The cache holds at most one value for each method slot (file, type, name, parameter types, assembly
    /// and parse options), so it stays as large as the marked methods the process has seen, and it is
    /// emptied if that ever passes <see cref="MaxSlots"/>.
    /// </para>
    /// </summary>
    /// <typeparam name="T">What is kept: it must hold no symbol, syntax node or compilation.</typeparam>
    internal sealed class ClassificationCache<T>
        where T : class
    {
        /// <summary>The number of method slots above which the cache is emptied.</summary>
        internal const int MaxSlots = 8192;

        private readonly ConcurrentDictionary<string, Entry> entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        private readonly ConditionalWeakTable<Compilation, Counts> counts = new ConditionalWeakTable<Compilation, Counts>();
        private readonly ConditionalWeakTable<SyntaxTree, Counts> countsByTree = new ConditionalWeakTable<SyntaxTree, Counts>();

        /// <summary>Initializes a new instance of the <see cref="ClassificationCache{T}"/> class.</summary>
        public ClassificationCache() => ClassificationCaches.Register(this.entries.Clear);

        /// <summary>Gets how many values were reused and computed for a compilation (read by tests and the benchmark).</summary>
        /// <param name="compilation">The compilation.</param>
        /// <returns>The counts, zero when nothing was asked for it.</returns>
        public (int Hits, int Misses) CountsFor(Compilation compilation)
            => this.counts.TryGetValue(compilation, out Counts? c) ? c.Read() : (0, 0);

        /// <summary>
        /// Gets how many values were reused and computed for the methods of one file, in every compilation that
        /// holds it (for tests of analyzers, whose compilation the analyzer driver creates).
        /// </summary>
        /// <param name="tree">The file.</param>
        /// <returns>The counts, zero when nothing was asked about it.</returns>
        public (int Hits, int Misses) CountsFor(SyntaxTree tree)
            => this.countsByTree.TryGetValue(tree, out Counts? c) ? c.Read() : (0, 0);

        /// <summary>Returns the value kept for a method when it is still valid, or computes and keeps it.</summary>
        /// <param name="syntax">The method declaration the value is about.</param>
        /// <param name="compilation">The compilation it is computed in.</param>
        /// <param name="build">Computes the value; the files it reads through <see cref="SyntaxReads"/> are recorded.
        /// It returns whether the value may be kept (a value that depends on something else, such as an
        /// exception's message, must not be).</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The value.</returns>
        public T? GetOrBuild(MethodDeclarationSyntax syntax, Compilation compilation, Func<(T? Value, bool Keep)> build, CancellationToken cancellationToken)
        {
            CompilationContent content = CompilationContent.Of(compilation, cancellationToken);
            Counts count = this.counts.GetValue(compilation, static _ => new Counts());
            Counts treeCount = this.countsByTree.GetValue(syntax.SyntaxTree, static _ => new Counts());
            TreeContent file = TreeContent.Of(syntax.SyntaxTree, cancellationToken);
            string? slot = content.Usable ? Slot(syntax, file, compilation) : null;
            string tree = file.Key;
            if (slot is not null && this.entries.TryGetValue(slot, out Entry? entry) && entry.IsValidFor(tree, syntax.SpanStart, content))
            {
                Interlocked.Increment(ref count.Hits);
                Interlocked.Increment(ref treeCount.Hits);
                return entry.Value;
            }

            var read = new HashSet<SyntaxTree> { syntax.SyntaxTree };
            (T? Value, bool Keep) built;
            using (SyntaxReads.Record(read))
            {
                built = build();
            }

            Interlocked.Increment(ref count.Misses);
            Interlocked.Increment(ref treeCount.Misses);
            if (slot is not null && built.Keep)
            {
                if (this.entries.Count >= MaxSlots)
                {
                    this.entries.Clear();
                }

                string[] reads = read.Select(t => TreeContent.Of(t, cancellationToken).Key).ToArray();
                this.entries[slot] = new Entry(built.Value, tree, syntax.SpanStart, reads, content.Key);
            }

            return built.Value;
        }

        /// <summary>The place of a method in the cache: one value per slot, replaced when the method changes.</summary>
        private static string Slot(MethodDeclarationSyntax syntax, TreeContent file, Compilation compilation)
        {
            var key = new StringBuilder();
            key.Append(compilation.AssemblyName).Append('\n').Append(file.Path).Append('\n');
            foreach (TypeDeclarationSyntax type in syntax.Ancestors().OfType<TypeDeclarationSyntax>())
            {
                key.Append(type.Identifier.ValueText).Append('.');
            }

            key.Append(syntax.Identifier.ValueText).Append('(');
            foreach (ParameterSyntax parameter in syntax.ParameterList.Parameters)
            {
                // The types as written, so that overloads have slots of their own.
                key.Append(parameter.Type?.ToString()).Append(',');
            }

            return key.Append(")\n").Append(file.Options).ToString();
        }

        private sealed class Counts
        {
            public int Hits;

            public int Misses;

            public (int Hits, int Misses) Read() => (Volatile.Read(ref this.Hits), Volatile.Read(ref this.Misses));
        }

        private sealed class Entry
        {
            private readonly string tree;
            private readonly int position;
            private readonly string[] reads;
            private readonly CompilationKey compilation;

            public Entry(T? value, string tree, int position, string[] reads, CompilationKey compilation)
            {
                this.Value = value;
                this.tree = tree;
                this.position = position;
                this.reads = reads;
                this.compilation = compilation;
            }

            public T? Value { get; }

            public bool IsValidFor(string tree, int position, CompilationContent current)
                => this.tree == tree && this.position == position && this.compilation.SameAs(current.Key) && this.reads.All(current.Trees.ContainsKey);
        }
    }

    /// <summary>Every <see cref="ClassificationCache{T}"/> of the process, for benchmarks that measure a first build in a warm process.</summary>
    internal static class ClassificationCaches
    {
        private static readonly ConcurrentBag<Action> Clearers = new ConcurrentBag<Action>();

        /// <summary>Empties every cache.</summary>
        internal static void ClearAll()
        {
            foreach (Action clear in Clearers)
            {
                clear();
            }
        }

        /// <summary>Registers a cache's way to empty itself.</summary>
        /// <param name="clear">Empties the cache.</param>
        internal static void Register(Action clear) => Clearers.Add(clear);
    }

    /// <summary>What a file is, by content: its path, text digest and parse options, and the digest of its declarations.</summary>
    internal sealed class TreeContent
    {
        private static readonly ConditionalWeakTable<SyntaxTree, TreeContent> ByTree = new ConditionalWeakTable<SyntaxTree, TreeContent>();

        private TreeContent(string path, string options, string key, ulong declarations)
        {
            this.Path = path;
            this.Options = options;
            this.Key = key;
            this.Declarations = declarations;
        }

        /// <summary>Gets the file's path.</summary>
        public string Path { get; }

        /// <summary>Gets the parse options that change what the text means (language version, preprocessor symbols, features).</summary>
        public string Options { get; }

        /// <summary>Gets the path, the SHA-256 of the text and the parse options, as one string: equal strings, equal trees.</summary>
        public string Key { get; }

        /// <summary>Gets the digest of the declarations: every token outside member bodies, the path and the parse options.</summary>
        public ulong Declarations { get; }

        /// <summary>Gets the content of a file, computed once per tree.</summary>
        /// <param name="tree">The file.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>Its content.</returns>
        public static TreeContent Of(SyntaxTree tree, CancellationToken cancellationToken)
            => ByTree.GetValue(tree, t => Compute(t, cancellationToken));

        private static TreeContent Compute(SyntaxTree tree, CancellationToken cancellationToken)
        {
            string options = tree.Options is CSharpParseOptions parse
                ? string.Join(
                    "|",
                    parse.LanguageVersion.ToString(),
                    parse.Kind.ToString(),
                    parse.DocumentationMode.ToString(),
                    string.Join(",", parse.PreprocessorSymbolNames.OrderBy(s => s, StringComparer.Ordinal)),
                    string.Join(",", parse.Features.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)))
                : tree.Options.GetType().FullName + "|" + tree.Options.Kind + "|" + tree.Options.DocumentationMode;
            var key = new StringBuilder(tree.FilePath.Length + options.Length + 80);
            key.Append(tree.FilePath).Append('\n').Append(TextDigest(tree.GetText(cancellationToken)));
            key.Append('\n').Append(options);

            var hash = new Fnv();
            hash.Add(tree.FilePath);
            hash.Add(options);
            foreach (SyntaxNodeOrToken item in tree.GetRoot(cancellationToken).DescendantNodesAndTokens(static node => !IsMemberBody(node)))
            {
                if (item.IsToken)
                {
                    hash.Add(item.RawKind);
                    hash.Add(item.AsToken().Text);
                }
                else if (IsMemberBody(item.AsNode()!))
                {
                    // A body is there (not its content): 'M() { }' and 'extern M();' declare different things.
                    hash.Add(-item.RawKind);
                }
            }

            return new TreeContent(tree.FilePath, options, key.ToString(), hash.Value);
        }

        /// <summary>
        /// SHA-256 of the text's characters (UTF-16), as hex. Not the text's own checksum, which is of its bytes in its
        /// encoding: characters an encoding cannot represent (in ASCII, or a lone surrogate in UTF-8) would make two
        /// different texts look the same, or make the checksum throw.
        /// </summary>
        private static string TextDigest(Microsoft.CodeAnalysis.Text.SourceText text)
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            var chars = new char[4096];
            var bytes = new byte[chars.Length * 2];
            for (int start = 0; start < text.Length; start += chars.Length)
            {
                int count = Math.Min(chars.Length, text.Length - start);
                text.CopyTo(start, chars, 0, count);
                for (int k = 0; k < count; k++)
                {
                    bytes[2 * k] = (byte)chars[k];
                    bytes[(2 * k) + 1] = (byte)(chars[k] >> 8);
                }

                sha.TransformBlock(bytes, 0, 2 * count, null, 0);
            }

            sha.TransformFinalBlock(bytes, 0, 0);
            var hex = new StringBuilder(64);
            foreach (byte b in sha.Hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        /// <summary>
        /// A body whose content no declaration depends on (its file is recorded when the classifier reads it): the body of
        /// a method, constructor, operator or finalizer. Not a property's or accessor's body, whose absence makes an
        /// auto-property and whose 'field' declares a backing field; not any body in a type with a primary constructor,
        /// where a body that names a parameter adds a field that captures it (both change what a struct's or record's
        /// Equals compares).
        /// </summary>
        private static bool IsMemberBody(SyntaxNode node)
            => node is BlockSyntax or ArrowExpressionClauseSyntax
                && node.Parent is BaseMethodDeclarationSyntax member
                && member.Parent is not TypeDeclarationSyntax { ParameterList: not null };
    }

    /// <summary>A compilation's files by content, and the <see cref="CompilationKey"/> of everything else a method's binding depends on.</summary>
    internal sealed class CompilationContent
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationContent> ByCompilation = new ConditionalWeakTable<Compilation, CompilationContent>();

        private CompilationContent(CompilationKey key, Dictionary<string, SyntaxTree> trees, bool usable)
        {
            this.Key = key;
            this.Trees = trees;
            this.Usable = usable;
        }

        /// <summary>Gets what the binding of a method body depends on beyond the files read (kept in the cache; it holds no file).</summary>
        public CompilationKey Key { get; }

        /// <summary>Gets the files of the compilation by <see cref="TreeContent.Key"/>.</summary>
        public Dictionary<string, SyntaxTree> Trees { get; }

        /// <summary>Gets a value indicating whether values may be kept for this compilation: no two of its files have the same content key.</summary>
        public bool Usable { get; }

        /// <summary>Gets the content of a compilation, computed once per compilation.</summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>Its content.</returns>
        public static CompilationContent Of(Compilation compilation, CancellationToken cancellationToken)
            => ByCompilation.GetValue(compilation, c => Compute(c, cancellationToken));

        private static CompilationContent Compute(Compilation compilation, CancellationToken cancellationToken)
        {
            var hash = new Fnv();
            var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
            bool usable = true;
            SyntaxTreeOptionsProvider? provider = compilation.Options.SyntaxTreeOptionsProvider;
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                TreeContent content = TreeContent.Of(tree, cancellationToken);
                hash.Add(unchecked((long)content.Declarations));

                // Whether a file counts as generated ('generated_code = true' in an .editorconfig) changes its default
                // nullable context, hence binding: the options' provider is dropped from the comparison, not this.
                hash.Add((long)(provider?.IsGenerated(tree, cancellationToken) ?? GeneratedKind.Unknown));
                if (trees.ContainsKey(content.Key))
                {
                    // Two files with the same path and text: a finding's file could not be told apart.
                    usable = false;
                }

                trees[content.Key] = tree;
            }

            return new CompilationContent(CompilationKey.Of(compilation, hash.Value), trees, usable);
        }
    }

    /// <summary>
    /// What a compilation's binding of a method body depends on beyond the files read: the declarations of
    /// every file (a digest), the references, the options and the assembly name, compared by content. It holds
    /// no file and no compilation, only weakly a reference that cannot be compared by content, so that the
    /// cache does not keep old compilations alive.
    /// </summary>
    internal sealed class CompilationKey
    {
        private readonly ulong digest;
        private readonly string? assemblyName;
        private readonly CompilationOptions options;
        private readonly string? references;
        private readonly WeakReference<MetadataReference>[] referenceObjects;

        private CompilationKey(ulong digest, string? assemblyName, CompilationOptions options, string? references, WeakReference<MetadataReference>[] referenceObjects)
        {
            this.digest = digest;
            this.assemblyName = assemblyName;
            this.options = options;
            this.references = references;
            this.referenceObjects = referenceObjects;
        }

        /// <summary>Computes the key of a compilation.</summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="digest">The digest of the declarations of its files.</param>
        /// <returns>The key.</returns>
        public static CompilationKey Of(Compilation compilation, ulong digest)
        {
            string? references = ReferencesByContent(compilation);
            WeakReference<MetadataReference>[] objects = references is null
                ? compilation.References.Select(r => new WeakReference<MetadataReference>(r)).ToArray()
                : Array.Empty<WeakReference<MetadataReference>>();
            return new CompilationKey(digest, compilation.AssemblyName, Normalize(compilation.Options), references, objects);
        }

        /// <summary>Tells whether two compilations bind a method body the same way, given the same files.</summary>
        /// <param name="other">The other compilation's key.</param>
        /// <returns>Whether they are the same.</returns>
        public bool SameAs(CompilationKey other)
            => ReferenceEquals(this, other)
            || (this.digest == other.digest
                && this.assemblyName == other.assemblyName
                && this.options.Equals(other.options)
                && (this.references is not null || other.references is not null
                    ? this.references == other.references
                    : SameObjects(this.referenceObjects, other.referenceObjects)));

        private static bool SameObjects(WeakReference<MetadataReference>[] left, WeakReference<MetadataReference>[] right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (!left[i].TryGetTarget(out MetadataReference? a) || !right[i].TryGetTarget(out MetadataReference? b) || !ReferenceEquals(a, b))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The options without the objects a build creates anew and that do not change how a body binds (the
        /// per-file diagnostic options, the file resolvers, the strong-name provider), so that equal settings compare equal.
        /// </summary>
        private static CompilationOptions Normalize(CompilationOptions options)
            => options
                .WithSyntaxTreeOptionsProvider(null)
                .WithStrongNameProvider(null)
                .WithXmlReferenceResolver(null)
                .WithSourceReferenceResolver(null)
                .WithMetadataReferenceResolver(null);

        /// <summary>
        /// The references by content: for each, its path, aliases, interop embedding and module version ID. Null
        /// when a reference is not a file whose version can be read (then the reference objects themselves must be the same).
        /// </summary>
        private static string? ReferencesByContent(Compilation compilation)
        {
            var key = new StringBuilder();
            foreach (MetadataReference reference in compilation.References)
            {
                if (reference is not PortableExecutableReference file || file.FilePath is not { } path)
                {
                    return null;
                }

                Guid? version = VersionOf(compilation, reference);
                if (version is null)
                {
                    return null;
                }

                key.Append(path).Append('|').Append(file.Properties.Kind).Append('|').Append(file.Properties.EmbedInteropTypes)
                    .Append('|').Append(string.Join(",", file.Properties.Aliases)).Append('|').Append(version.Value.ToString("N")).Append('\n');
            }

            return key.ToString();
        }

        /// <summary>The module version ID of a referenced assembly or module, or null when it cannot be read.</summary>
        private static Guid? VersionOf(Compilation compilation, MetadataReference reference)
        {
            try
            {
                return compilation.GetAssemblyOrModuleSymbol(reference) switch
                {
                    IAssemblySymbol assembly => assembly.Modules.FirstOrDefault()?.GetMetadata()?.GetModuleVersionId(),
                    IModuleSymbol module => module.GetMetadata()?.GetModuleVersionId(),
                    _ => null,
                };
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or System.IO.IOException)
            {
                // An unreadable reference: compare the reference objects instead.
                return null;
            }
        }
    }

    /// <summary>FNV-1a, 64 bits: a digest for change detection, not for security.</summary>
    internal struct Fnv
    {
        private ulong value;
        private bool started;

        /// <summary>Gets the digest.</summary>
        public ulong Value => this.started ? this.value : 14695981039346656037UL;

        /// <summary>Adds a number.</summary>
        /// <param name="number">The number.</param>
        public void Add(long number)
        {
            this.Start();
            for (int i = 0; i < 8; i++)
            {
                this.value = (this.value ^ (byte)(number >> (8 * i))) * 1099511628211UL;
            }
        }

        /// <summary>Adds a string, with its length.</summary>
        /// <param name="text">The string.</param>
        public void Add(string text)
        {
            this.Start();
            this.Add(text.Length);
            foreach (char c in text)
            {
                this.value = (this.value ^ (byte)c) * 1099511628211UL;
                this.value = (this.value ^ (byte)(c >> 8)) * 1099511628211UL;
            }
        }

        private void Start()
        {
            if (!this.started)
            {
                this.value = 14695981039346656037UL;
                this.started = true;
            }
        }
    }
}
