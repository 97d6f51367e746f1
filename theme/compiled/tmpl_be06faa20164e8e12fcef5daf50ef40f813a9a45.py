from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_pager.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pager = resolve('pager')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['listed_url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'listed_url' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    if (t_3((undefined(name='pager') if l_0_pager is missing else l_0_pager)) and (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count') > 1)):
        pass
        yield '<nav class="pager" aria-label="分页 Pages">\n<p class="pager-note">第 '
        yield escape(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number'))
        yield ' / '
        yield escape(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count'))
        yield ' 页 '
        yield escape(t_1(markup_join(('Page ', environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number'), ' of ', environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count'), )), cls=None))
        yield '</p>\n<ul>\n'
        if environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'previous'):
            pass
            yield '<li><a href="'
            yield escape(t_2(context, environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'previous')))
            yield '" rel="prev">上一页 <span lang="en">Previous</span></a></li>\n'
        l_1_loop = missing
        for l_1_url, l_1_loop in LoopContext(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'urls'), undefined):
            _loop_vars = {}
            pass
            yield '<li>'
            if (environment.getattr(l_1_loop, 'index') == environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number')):
                pass
                yield '<span aria-current="page">'
                yield escape(environment.getattr(l_1_loop, 'index'))
                yield '</span>'
            else:
                pass
                yield '<a href="'
                yield escape(t_2(context, l_1_url))
                yield '">'
                yield escape(environment.getattr(l_1_loop, 'index'))
                yield '</a>'
            yield '</li>\n'
        l_1_loop = l_1_url = missing
        if environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'next'):
            pass
            yield '<li><a href="'
            yield escape(t_2(context, environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'next')))
            yield '" rel="next">下一页 <span lang="en">Next</span></a></li>\n'
        yield '</ul>\n</nav>\n'

blocks = {}
debug_info = '2=30&4=33&5=37&7=39&8=42&10=45&12=49&13=57&16=63&17=66'