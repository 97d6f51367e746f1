from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site_name = resolve('site_name')
    l_0_site_name_en = resolve('site_name_en')
    l_0_chrome = resolve('chrome')
    l_0_here = resolve('here')
    try:
        t_1 = environment.filters['file_url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'file_url' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'; style-src \'self\'; img-src \'self\' data:; font-src \'self\'; connect-src \'self\'; object-src \'none\'; base-uri \'none\'; form-action \'self\'">\n<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n<title>'
    yield from context.blocks['title'][0](context)
    yield ' · '
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield ' '
    yield escape((undefined(name='site_name_en') if l_0_site_name_en is missing else l_0_site_name_en))
    yield '</title>\n'
    yield from context.blocks['description'][0](context)
    yield '<link rel="stylesheet" href="'
    yield escape(t_1(context, 'static/site.css'))
    yield '">\n<link rel="icon" href="'
    yield escape(t_1(context, 'static/favicon.svg'))
    yield '" type="image/svg+xml">\n<link rel="alternate" type="application/atom+xml" title="'
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield '（Atom）" href="'
    yield escape(t_1(context, 'feed.xml'))
    yield '">\n</head>\n<body>\n'
    yield escape(context.call((undefined(name='chrome') if l_0_chrome is missing else l_0_chrome), '_masthead.html', (undefined(name='here') if l_0_here is missing else l_0_here)))
    yield '\n<main id="main" class="wrap">\n'
    yield from context.blocks['main'][0](context)
    yield '</main>\n'
    yield escape(context.call((undefined(name='chrome') if l_0_chrome is missing else l_0_chrome), '_footer.html', (undefined(name='here') if l_0_here is missing else l_0_here)))
    yield '\n'
    yield from context.blocks['scripts'][0](context)
    yield '</body>\n</html>'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'description': block_description, 'main': block_main, 'scripts': block_scripts}
debug_info = '9=22&10=28&11=30&12=32&13=34&16=38&18=40&20=42&21=44&9=47&10=56&18=65&21=74'