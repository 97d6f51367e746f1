from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_practice_count_chip = l_0_cards = l_0_grouped = l_0_profile_figure = missing
    try:
        t_1 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['practice_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'practice_url' found.")
    try:
        t_4 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
    pass
    def macro(l_1_p, l_1_n):
        t_5 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_5.extend((
            '<span class="chip-with-count"><a class="chip chip-practice" href="',
            escape(t_3(context, environment.getattr(l_1_p, 'slug'))),
            '">',
            escape(environment.getattr(l_1_p, 'name')),
            '</a>',
        ))
        if (l_1_n > 1):
            pass
            t_5.extend((
                '<span class="count">×',
                escape(l_1_n),
                '</span>',
            ))
        t_5.append(
            '</span>',
        )
        return concat(t_5)
    context.exported_vars.add('practice_count_chip')
    context.vars['practice_count_chip'] = l_0_practice_count_chip = Macro(environment, macro, 'practice_count_chip', ('p', 'n'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_entries, l_1_h, l_1_limit):
        t_6 = []
        if l_1_entries is missing:
            l_1_entries = undefined("parameter 'entries' was not provided", name='entries')
        if l_1_h is missing:
            l_1_h = 3
        if l_1_limit is missing:
            l_1_limit = 40
        pass
        if (t_2(l_1_entries) <= l_1_limit):
            pass
            t_6.append(
                '<ul class="cards">\n',
            )
            for l_2_e in l_1_entries:
                l_2_card = resolve('card')
                _loop_vars = {}
                pass
                t_6.append(
                    escape(context.call((undefined(name='card') if l_2_card is missing else l_2_card), l_2_e, l_1_h, _loop_vars=_loop_vars)),
                )
            l_2_e = l_2_card = missing
            t_6.append(
                '</ul>\n',
            )
        else:
            pass
            t_6.append(
                '<ul class="compact">\n',
            )
            for l_2_e in l_1_entries:
                _loop_vars = {}
                pass
                t_6.extend((
                    '<li><a href="',
                    escape(t_1(context, environment.getattr(l_2_e, 'slug'))),
                    '">',
                    escape(environment.getattr(environment.getattr(l_2_e, 'item'), 'title')),
                    '</a> <span class="muted">',
                    escape(environment.getattr(l_2_e, 'place')),
                    '</span></li>\n',
                ))
            l_2_e = missing
            t_6.append(
                '</ul>\n',
            )
        return concat(t_6)
    context.exported_vars.add('cards')
    context.vars['cards'] = l_0_cards = Macro(environment, macro, 'cards', ('entries', 'h', 'limit'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_groups, l_1_h):
        t_7 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_h is missing:
            l_1_h = 2
        pass
        for l_2_g in l_1_groups:
            _loop_vars = {}
            pass
            t_7.extend((
                '<section class="group" aria-labelledby="g-',
                escape((environment.getattr(l_2_g, 'key') or 'none')),
                '">\n<h',
                escape(l_1_h),
                ' id="g-',
                escape((environment.getattr(l_2_g, 'key') or 'none')),
                '" class="group-title">',
            ))
            if environment.getattr(l_2_g, 'key'):
                pass
                t_7.extend((
                    '<a href="',
                    escape(t_4(context, environment.getattr(l_2_g, 'key'))),
                    '">',
                    escape(environment.getattr(l_2_g, 'name')),
                    '</a>',
                ))
            else:
                pass
                t_7.append(
                    escape(environment.getattr(l_2_g, 'name')),
                )
            t_7.extend((
                ' <span class="count">',
                escape(t_2(environment.getattr(l_2_g, 'entries'))),
                ' 项</span></h',
                escape(l_1_h),
                '>\n',
                escape(context.call((undefined(name='cards') if l_0_cards is missing else l_0_cards), environment.getattr(l_2_g, 'entries'), (l_1_h + 1), _loop_vars=_loop_vars)),
                '\n</section>\n',
            ))
        l_2_g = missing
        return concat(t_7)
    context.exported_vars.add('grouped')
    context.vars['grouped'] = l_0_grouped = Macro(environment, macro, 'grouped', ('groups', 'h'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_chart, l_1_caption):
        t_8 = []
        if l_1_chart is missing:
            l_1_chart = undefined("parameter 'chart' was not provided", name='chart')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        pass
        if l_1_chart:
            pass
            t_8.extend((
                '<figure class="chart-figure">',
                escape(l_1_chart),
                '<figcaption>',
                escape(l_1_caption),
                '</figcaption></figure>',
            ))
        return concat(t_8)
    context.exported_vars.add('profile_figure')
    context.vars['profile_figure'] = l_0_profile_figure = Macro(environment, macro, 'profile_figure', ('chart', 'caption'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '8=36&9=45&10=50&15=64&16=73&18=78&22=94&23=99&29=114&30=121&31=126&32=128&33=133&34=149&35=153&40=161&41=168'